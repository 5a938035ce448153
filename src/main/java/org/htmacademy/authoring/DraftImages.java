package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.Severity;
import org.htmacademy.course.markdown.SvgCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images uploaded into a draft's images/ folder: PNG, JPEG or SVG, checked before they are kept. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class DraftImages {

	public static final int MAX_BYTES = 2 * 1024 * 1024;

	public static final List<String> EXTENSIONS = List.of("png", "jpg", "jpeg", "svg");

	private static final Map<String, String> CONTENT_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "svg", "image/svg+xml");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private final AuthoringRepository repository;

	private final DraftAccess access;

	private final DraftFiles files;

	DraftImages(AuthoringRepository repository, DraftAccess access, DraftFiles files) {
		this.repository = repository;
		this.access = access;
		this.files = files;
	}

	/**
	 * Keeps an uploaded image under images/, named after the uploaded file (with -2 … when the name is taken).
	 *
	 * @return its path in the course folder, e.g. {@code images/flat-network.svg}
	 */
	public String upload(long draftId, String fileName, byte[] content) {
		DraftRow draft = access.draft(draftId);
		String name = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!EXTENSIONS.contains(extension)) {
			throw new AuthoringException(name + " is not a PNG, JPEG or SVG image.");
		}
		if (content.length > MAX_BYTES) {
			throw new AuthoringException(name + " is larger than 2 MB; make the picture smaller.");
		}
		check(name, extension, content);
		String path = DraftPaths.unique(DraftPaths.IMAGES, DraftPaths.idFrom(name.substring(0, dot)),
				"." + (extension.equals("jpeg") ? "jpg" : extension), files.paths(draft));
		files.create(draft, path, content);
		return path;
	}

	@Transactional(readOnly = true)
	public DraftImage image(long draftId, String path) {
		access.draft(draftId);
		String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (!path.startsWith(DraftPaths.IMAGES) || !CONTENT_TYPES.containsKey(extension)) {
			throw new AuthoringException("No image " + path + ".");
		}
		return repository.findFile(draftId, path)
			.map(file -> new DraftImage(CONTENT_TYPES.get(extension), file.content()))
			.orElseThrow(() -> new AuthoringException("No image " + path + "."));
	}

	public void delete(long draftId, String path) {
		DraftRow draft = access.draft(draftId);
		if (path.startsWith(DraftPaths.IMAGES)) {
			files.remove(draft, path);
		}
	}

	/** The bytes must be what the name says; an SVG must pass the check every course image passes. */
	private static void check(String name, String extension, byte[] content) {
		boolean matches = switch (extension) {
			case "png" -> startsWith(content, PNG);
			case "jpg", "jpeg" -> startsWith(content, JPEG);
			default -> true;
		};
		if (!matches) {
			throw new AuthoringException(name + " is not really a ." + extension + " image.");
		}
		if (extension.equals("svg")) {
			List<LessonIssue> errors = new SvgCheck().check(new String(content, StandardCharsets.UTF_8))
				.stream()
				.filter(issue -> issue.severity() == Severity.ERROR)
				.toList();
			if (!errors.isEmpty()) {
				throw new AuthoringException(name + " cannot be used: " + errors.stream()
					.map(issue -> "line " + issue.line() + ": " + issue.message())
					.collect(Collectors.joining("; ")));
			}
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
