package org.htmacademy.common.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts that print names beyond the DejaVu faces, found by file name in a font folder ({@code /usr/share/fonts}
 * unless the system property {@value #FOLDER_PROPERTY} names another), each parsed once, on first use. A machine
 * without them still starts: names in their scripts are refused where they are entered, saying which package to
 * install (DD024).
 */
public final class NameFaces {

	public static final String FOLDER_PROPERTY = "htm.fonts.folder";

	private static final NameFaces INSTALLED = new NameFaces(
			Path.of(System.getProperty(FOLDER_PROPERTY, "/usr/share/fonts")));

	private final Path folder;

	private final AtomicReference<Map<String, Path>> files = new AtomicReference<>();

	private final Map<NameScript, Optional<NameFace>> faces = new ConcurrentHashMap<>();

	public NameFaces(Path folder) {
		this.folder = folder;
	}

	/** The faces of this machine's font folder. */
	public static NameFaces installed() {
		return INSTALLED;
	}

	public boolean has(NameScript script) {
		return face(script).isPresent();
	}

	Optional<NameFace> face(NameScript script) {
		return faces.computeIfAbsent(script, this::load);
	}

	private Optional<NameFace> load(NameScript script) {
		Map<String, Path> found = fileIndex();
		return script.files().stream().filter(found::containsKey).findFirst().map(file -> {
			try {
				return parse(script, file, found.get(file));
			}
			catch (IOException | FontFormatException e) {
				throw new IllegalStateException("Cannot read font " + found.get(file), e);
			}
		});
	}

	private static NameFace parse(NameScript script, String file, Path path) throws IOException, FontFormatException {
		if (file.endsWith(".ttc")) {
			// the first face of the collection, for both parsers
			AtomicReference<TrueTypeFont> first = new AtomicReference<>();
			try (InputStream in = Files.newInputStream(path)) {
				new TrueTypeCollection(in).processAllFonts(font -> first.compareAndSet(null, font));
			}
			return NameFace.of(script, file, first.get(), Font.createFonts(path.toFile())[0]);
		}
		// from bytes: fontbox's subsetter misreads a font parsed from a stream
		TrueTypeFont pdfFont = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(path)));
		return NameFace.of(script, file, pdfFont, Font.createFont(Font.TRUETYPE_FONT, path.toFile()));
	}

	/** Every file under the folder by name; fonts move between sub-folders across Debian releases. */
	private Map<String, Path> fileIndex() {
		return files.updateAndGet(known -> known != null ? known : scan(folder));
	}

	private static Map<String, Path> scan(Path folder) {
		Map<String, Path> index = new HashMap<>();
		if (!Files.isDirectory(folder)) {
			return index;
		}
		try (Stream<Path> paths = Files.walk(folder, 6)) {
			paths.filter(Files::isRegularFile).sorted().forEach(path -> index.putIfAbsent(path.getFileName().toString(), path));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list fonts in " + folder, e);
		}
		return index;
	}

	/**
	 * Why a certificate cannot print the name, naming the first character it cannot print and what to do; empty when
	 * it can. The name has passed {@code PersonName}'s rule already.
	 */
	public Optional<String> problem(String name) {
		if (printsWithDejaVu(name)) {
			return Optional.empty();
		}
		Set<UnicodeScript> scripts = scripts(name);
		NameScript script = NameScript.of(scripts);
		if (script == null) {
			int first = name.codePoints().filter(c -> !CertificateFont.SANS_BOLD.covers(c)).findFirst().orElseThrow();
			return Optional.of("Certificates cannot print " + Characters.describe(first) + ": the "
					+ Characters.scriptName(first) + " script is not supported yet. Enter the name in a supported script,"
					+ " for example in Latin letters.");
		}
		Optional<NameFace> face = face(script);
		if (face.isEmpty()) {
			return Optional.of("Names in " + script.label() + " script need a font this server does not have yet, so "
					+ "certificates cannot print " + Characters.describe(firstOf(name, script)) + ". Enter the name in "
					+ "Latin letters for now, or ask an administrator to install the Debian package "
					+ script.debianPackage() + ".");
		}
		Optional<String> missing = name.codePoints()
			.filter(c -> !Characters.isJoiner(c) && !face.get().covers(c))
			.mapToObj(c -> describeMissing(c, script))
			.findFirst();
		if (missing.isPresent()) {
			return missing;
		}
		if (ShapedName.shape(name, face.get()).hasMissingGlyph()) {
			return Optional.of("Certificates cannot print this name in " + script.label()
					+ " script: its font has no form for one of its letters in this combination.");
		}
		return Optional.empty();
	}

	/** Shapes a name that {@link #problem} accepted and DejaVu cannot print. */
	public ShapedName shape(String name) {
		problem(name).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		NameScript script = NameScript.of(scripts(name));
		return ShapedName.shape(name, face(script).orElseThrow());
	}

	public static boolean printsWithDejaVu(String name) {
		return name.codePoints().allMatch(CertificateFont.SANS_BOLD::covers);
	}

	private static String describeMissing(int character, NameScript script) {
		UnicodeScript its = UnicodeScript.of(character);
		if (!script.writes(its) && its != UnicodeScript.COMMON && its != UnicodeScript.INHERITED) {
			return "Certificates cannot print " + Characters.describe(character) + " together with " + script.label()
					+ " letters in one name. Enter the name in one script.";
		}
		return "Certificates cannot print " + Characters.describe(character) + ": the " + script.label()
				+ " font has no such character.";
	}

	private static int firstOf(String name, NameScript script) {
		return name.codePoints().filter(c -> script.writes(UnicodeScript.of(c))).findFirst().orElse(name.codePointAt(0));
	}

	private static Set<UnicodeScript> scripts(String name) {
		Set<UnicodeScript> scripts = new LinkedHashSet<>();
		name.codePoints()
			.filter(Character::isLetter)
			.mapToObj(UnicodeScript::of)
			.filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED)
			.forEach(scripts::add);
		return scripts;
	}

}
