package org.htmacademy.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.htmacademy.course.CourseFolderPaths;

/**
 * A course folder as a ZIP: the folder named after the course id, holding course.yml, lessons/, quizzes/ and
 * images/, as in courses/. Reading refuses what could harm the server: a name leading out of the folder (zip slip),
 * more entries or more bytes than a course needs (zip bomb; the bytes are counted as they are inflated, not taken
 * from the headers).
 */
public final class CourseZip {

	/** What a course may hold, far above the largest real course (under 1 MB in 80 files). */
	public record Limits(int maxEntries, long maxFileBytes, long maxTotalBytes) {
		public static final Limits DEFAULT = new Limits(2_000, 16L * 1024 * 1024, 64L * 1024 * 1024);
	}

	/** @param folder the top folder of the ZIP, or null when course.yml sits at its root */
	public record Content(String folder, Map<String, byte[]> files) {
	}

	private static final Set<String> IGNORED = Set.of(".DS_Store", "Thumbs.db");

	/** Fixed entry times: the same course gives the same bytes. */
	private static final FileTime EPOCH = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

	private CourseZip() {
	}

	public static byte[] write(String folder, Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
				ZipEntry entry = new ZipEntry(folder + "/" + CourseFolderPaths.require(file.getKey()));
				entry.setLastModifiedTime(EPOCH);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static Content read(byte[] zipBytes, Limits limits) {
		Map<String, byte[]> entries = new TreeMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (entry.isDirectory() || ignored(name)) {
					continue;
				}
				if (!CourseFolderPaths.isSafe(name)) {
					throw new CourseZipException("The ZIP holds a file named " + name
							+ ", which would land outside the course folder. Nothing was imported.");
				}
				if (entries.size() >= limits.maxEntries()) {
					throw new CourseZipException("The ZIP holds more than " + limits.maxEntries()
							+ " files; a course has far fewer. Nothing was imported.");
				}
				byte[] content = readLimited(zip, name, limits, limits.maxTotalBytes() - total);
				total += content.length;
				if (entries.put(name, content) != null) {
					throw new CourseZipException("The ZIP holds " + name + " twice. Nothing was imported.");
				}
			}
		}
		catch (ZipException e) {
			throw new CourseZipException("This is not a ZIP file that can be read (" + e.getMessage() + ").");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (entries.isEmpty()) {
			throw new CourseZipException("The ZIP is empty, or not a ZIP file.");
		}
		return folderOf(entries);
	}

	private static byte[] readLimited(InputStream in, String name, Limits limits, long totalLeft) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		long read = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			read += n;
			if (read > limits.maxFileBytes()) {
				throw new CourseZipException(name + " is larger than " + megabytes(limits.maxFileBytes())
						+ " MB once unpacked. Nothing was imported.");
			}
			if (read > totalLeft) {
				throw new CourseZipException("The ZIP unpacks to more than " + megabytes(limits.maxTotalBytes())
						+ " MB; a course needs far less. Nothing was imported.");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/** One course: course.yml at the root, or in the one folder every file is in. */
	private static Content folderOf(Map<String, byte[]> entries) {
		if (entries.containsKey("course.yml")) {
			return new Content(null, entries);
		}
		String first = entries.keySet().iterator().next();
		String folder = first.contains("/") ? first.substring(0, first.indexOf('/')) : "";
		boolean oneFolder = !folder.isEmpty() && entries.keySet().stream().allMatch(name -> name.startsWith(folder + "/"));
		if (!oneFolder || !entries.containsKey(folder + "/course.yml")) {
			throw new CourseZipException("The ZIP must hold one course: course.yml at its root, or one folder with "
					+ "course.yml in it.");
		}
		Map<String, byte[]> files = new TreeMap<>();
		entries.forEach((name, content) -> files.put(name.substring(folder.length() + 1), content));
		return new Content(folder, files);
	}

	private static boolean ignored(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1);
		return name.startsWith("__MACOSX/") || IGNORED.contains(file);
	}

	private static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

}
