package org.htmacademy.course.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/** The files of one course, each read once and kept for the content hash. */
final class ContentFiles {

	private final Path folder;

	private final Problems problems;

	private final Map<String, byte[]> read = new TreeMap<>();

	ContentFiles(Path folder, Problems problems) {
		this.folder = folder;
		this.problems = problems;
	}

	Path path(String relative) {
		return folder.resolve(relative);
	}

	byte @Nullable [] bytes(String relative) {
		byte[] bytes = read.get(relative);
		if (bytes == null) {
			try {
				bytes = Files.readAllBytes(path(relative));
				read.put(relative, bytes);
			}
			catch (IOException e) {
				problems.error(At.start(path(relative)), "cannot read the file: " + e);
			}
		}
		return bytes;
	}

	/** The file as UTF-8 text without a byte-order mark; an error at the first byte that is not UTF-8. */
	@Nullable String text(String relative) {
		byte[] bytes = bytes(relative);
		if (bytes == null) {
			return null;
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CoderResult result = utf8.decode(in, out, true);
		if (result.isError()) {
			problems.error(position(relative, bytes, in.position()), "the file is not UTF-8 text; save it as UTF-8");
			return null;
		}
		utf8.flush(out);
		String text = out.flip().toString();
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return reportControlCharacters(relative, text) ? null : text;
	}

	/**
	 * A NUL or another control character (other than tab and line ends) would be stored and shown as is; a file
	 * holding one was usually damaged by a copy or an editor, so the course is refused until it is removed.
	 */
	private boolean reportControlCharacters(String relative, String text) {
		int line = 1;
		int lineStart = 0;
		boolean found = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				lineStart = i + 1;
			}
			else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r') {
				problems.error(new At(path(relative), line, i - lineStart + 1), "control character "
						+ String.format("U+%04X", (int) c) + (c == 0 ? " (NUL)" : "")
						+ " in the file: remove it (it is invisible in most editors; it often comes from a damaged copy)");
				found = true;
			}
		}
		return found;
	}

	/** Every file read, by course-relative path. */
	Map<String, byte[]> all() {
		return Collections.unmodifiableMap(read);
	}

	private At position(String relative, byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
		return new At(path(relative), line, column);
	}

}
