package org.htmacademy.common.print;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The scripts a name prints in beyond the DejaVu faces, each with the font that prints it and the Debian package
 * that installs that font. The first file found wins, so a serif face is preferred where Noto has one, to match the
 * serif name of a Latin certificate (DD024).
 */
public enum NameScript {

	HEBREW("Hebrew", "fonts-noto-core", Set.of(UnicodeScript.HEBREW), "NotoSerifHebrew-Bold.ttf",
			"NotoSansHebrew-Bold.ttf"),
	ARABIC("Arabic", "fonts-noto-core", Set.of(UnicodeScript.ARABIC), "NotoNaskhArabic-Bold.ttf",
			"NotoSansArabic-Bold.ttf"),
	DEVANAGARI("Devanagari", "fonts-noto-core", Set.of(UnicodeScript.DEVANAGARI), "NotoSerifDevanagari-Bold.ttf",
			"NotoSansDevanagari-Bold.ttf"),
	BENGALI("Bengali", "fonts-noto-core", Set.of(UnicodeScript.BENGALI), "NotoSerifBengali-Bold.ttf",
			"NotoSansBengali-Bold.ttf"),
	TAMIL("Tamil", "fonts-noto-core", Set.of(UnicodeScript.TAMIL), "NotoSerifTamil-Bold.ttf",
			"NotoSansTamil-Bold.ttf"),
	THAI("Thai", "fonts-noto-core", Set.of(UnicodeScript.THAI), "NotoSerifThai-Bold.ttf", "NotoSansThai-Bold.ttf"),
	ETHIOPIC("Ethiopic", "fonts-noto-core", Set.of(UnicodeScript.ETHIOPIC), "NotoSerifEthiopic-Bold.ttf",
			"NotoSansEthiopic-Bold.ttf"),
	/** Before Chinese: a name with kana is Japanese even when most of it is kanji. */
	JAPANESE("Japanese", "fonts-ipaexfont-gothic",
			Set.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HAN), "ipaexg.ttf"),
	KOREAN("Korean", "fonts-nanum", Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN), "NanumGothicBold.ttf"),
	/** Simplified and traditional: WenQuanYi Zen Hei covers GB 18030 and Big5 in one face. */
	CHINESE("Chinese", "fonts-wqy-zenhei", Set.of(UnicodeScript.HAN), "wqy-zenhei.ttc");

	private final String label;

	private final String debianPackage;

	private final Set<UnicodeScript> letters;

	private final List<String> files;

	NameScript(String label, String debianPackage, Set<UnicodeScript> letters, String... files) {
		this.label = label;
		this.debianPackage = debianPackage;
		this.letters = letters;
		this.files = List.of(files);
	}

	public String label() {
		return label;
	}

	public String debianPackage() {
		return debianPackage;
	}

	List<String> files() {
		return files;
	}

	boolean writes(UnicodeScript script) {
		return letters.contains(script);
	}

	/** Whether the script marks this name as written in it: kana makes a name Japanese, hangul Korean. */
	boolean identifies(Set<UnicodeScript> scripts) {
		return switch (this) {
			case JAPANESE -> scripts.contains(UnicodeScript.HIRAGANA) || scripts.contains(UnicodeScript.KATAKANA);
			case KOREAN -> scripts.contains(UnicodeScript.HANGUL);
			default -> letters.stream().anyMatch(scripts::contains);
		};
	}

	/** The script a name with these letters prints in, or null when it has none of them. */
	static @Nullable NameScript of(Set<UnicodeScript> scripts) {
		for (NameScript candidate : values()) {
			if (candidate.identifies(scripts)) {
				return candidate;
			}
		}
		return null;
	}

	boolean rightToLeft() {
		return this == HEBREW || this == ARABIC;
	}

}
