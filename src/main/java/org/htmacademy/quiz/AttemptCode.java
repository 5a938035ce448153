package org.htmacademy.quiz;

import java.security.SecureRandom;

/**
 * The code that names an attempt in URLs: 128 random bits in 26 lowercase base32 characters. It says nothing
 * about how many attempts exist, and ownership is checked as well, so a guessed code opens nothing.
 */
final class AttemptCode {

	static final int LENGTH = 26;

	private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private AttemptCode() {
	}

	static String next() {
		byte[] bits = new byte[17];
		RANDOM.nextBytes(bits);
		bits[16] = 0;
		StringBuilder code = new StringBuilder(LENGTH);
		int buffer = 0;
		int available = 0;
		int index = 0;
		while (code.length() < LENGTH) {
			if (available < 5) {
				buffer = (buffer << 8) | (bits[index++] & 0xff);
				available += 8;
			}
			code.append(ALPHABET[(buffer >> (available - 5)) & 31]);
			available -= 5;
		}
		return code.toString();
	}

	/** Whether the text could be a code at all; anything else is refused before the database is asked. */
	static boolean isWellFormed(String text) {
		if (text == null || text.length() != LENGTH) {
			return false;
		}
		for (char c : text.toCharArray()) {
			if (java.util.Arrays.binarySearch(ALPHABET, c) < 0) {
				return false;
			}
		}
		return true;
	}

}
