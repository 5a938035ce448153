package org.htmacademy.course.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 over the files of a course in path order: each path, a NUL, the length as 8 bytes and the bytes. The
 * lengths keep the listing unambiguous, so moving bytes from one file to the next changes the hash.
 */
final class ContentHash {

	private ContentHash() {
	}

	static String of(Map<String, byte[]> files) {
		MessageDigest sha256 = sha256();
		for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
			sha256.update(file.getKey().getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(file.getValue().length).array());
			sha256.update(file.getValue());
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

}
