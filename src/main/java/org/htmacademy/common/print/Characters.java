package org.htmacademy.common.print;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/** How messages name a character: the character itself, its code point and its Unicode name. */
public final class Characters {

	public static final int ZERO_WIDTH_NON_JOINER = 0x200C;

	public static final int ZERO_WIDTH_JOINER = 0x200D;

	private Characters() {
	}

	/** E.g. “ا” (U+0627 ARABIC LETTER ALEF); invisible characters are named only. */
	public static String describe(int codePoint) {
		String name = Character.getName(codePoint);
		String code = String.format(Locale.ROOT, "U+%04X", codePoint);
		String label = name == null ? code : code + " " + name;
		boolean visible = Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) >= 20
				&& Character.getType(codePoint) <= 30;
		return visible ? "“" + Character.toString(codePoint) + "” (" + label + ")" : label;
	}

	public static String scriptName(int codePoint) {
		String name = UnicodeScript.of(codePoint).name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	public static boolean isJoiner(int codePoint) {
		return codePoint == ZERO_WIDTH_JOINER || codePoint == ZERO_WIDTH_NON_JOINER;
	}

}
