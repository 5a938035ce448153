package org.htmacademy.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.htmacademy.common.print.NameFaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * A round trip through the certificate for names in every script the HTM workforce writes its names in: poppler's
 * {@code pdftotext} gives the name back exactly, veraPDF finds the page PDF/A-2b, and each page is drawn to
 * {@code target/names/} for a person to look at (joining, conjuncts, right-to-left order, marks in place).
 */
class NamesInEveryScriptTest {

	static Stream<Arguments> names() {
		return Stream.of(
				Arguments.of("Latin", "José Nuñez"), Arguments.of("Latin", "Zoë Ødegård-Łukasiewicz"),
				Arguments.of("Latin", "Siobhán O’Connor"), Arguments.of("Vietnamese", "Nguyễn Thị Minh Khai"),
				Arguments.of("Vietnamese", "Đặng Văn Lâm"), Arguments.of("Greek", "Γιώργος Παπαδόπουλος"),
				Arguments.of("Greek", "Ελένη Κωνσταντίνου"), Arguments.of("Cyrillic", "Анна Каренина-Петрова"),
				Arguments.of("Cyrillic", "Олександр Ковальчук"), Arguments.of("Armenian", "Արամ Խաչատրյան"),
				Arguments.of("Armenian", "Անի Սարգսյան"), Arguments.of("Georgian", "გიორგი ბერიძე"),
				Arguments.of("Georgian", "ნინო ჯავახიშვილი"), Arguments.of("Hebrew", "דוד בן־גוריון"),
				Arguments.of("Hebrew", "שרה לוי"), Arguments.of("Arabic", "محمد بن سلمان"),
				Arguments.of("Arabic", "فاطمة الزهراء"), Arguments.of("Arabic", "عبد الله حسين"),
				Arguments.of("Persian", "مهسا امینی"), Arguments.of("Persian", "علی\u200Cرضا کریمی"),
				Arguments.of("Devanagari", "अमिताभ बच्चन"), Arguments.of("Devanagari", "प्रियंका चोपड़ा"),
				Arguments.of("Devanagari", "श्रीनिवास रामानुजन"), Arguments.of("Bengali", "রবীন্দ্রনাথ ঠাকুর"),
				Arguments.of("Bengali", "সত্যজিৎ রায়"), Arguments.of("Tamil", "சுப்பிரமணியன் பாரதி"),
				Arguments.of("Tamil", "கமல் ஹாசன்"), Arguments.of("Thai", "สมชาย ใจดี"),
				Arguments.of("Thai", "ประยุทธ์ จันทร์โอชา"), Arguments.of("Ethiopic", "አበበ ቢቂላ"),
				Arguments.of("Ethiopic", "ኃይለ ሥላሴ"), Arguments.of("Chinese (simplified)", "王小明"),
				Arguments.of("Chinese (simplified)", "欧阳娜娜"), Arguments.of("Chinese (traditional)", "陳美玲"),
				Arguments.of("Chinese (traditional)", "劉德華"), Arguments.of("Chinese with Latin", "王 Wei"),
				Arguments.of("Japanese", "佐藤 さくら"), Arguments.of("Japanese", "タナカ ケン"),
				Arguments.of("Japanese", "山田 はなこ"), Arguments.of("Korean", "김민준"),
				Arguments.of("Korean", "이서연"), Arguments.of("Korean", "박지성"));
	}

	@BeforeAll
	static void startVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("names")
	void a_name_in_any_supported_script_prints_and_reads_back_exactly(String script, String name) throws Exception {
		assertThat(NameFaces.installed().problem(name)).as("entry check").isEmpty();

		byte[] pdf = CertificatePdf.render(Certificates.withLearner(name));

		// poppler wraps a right-to-left line in U+202B … U+202C for display; names never hold those (PersonName)
		String text = Poppler.text(pdf).replaceAll("[\u202A-\u202E]", "");
		assertThat(Arrays.asList(text.split("\n"))).as("pdftotext lines").contains(name);
		assertThat(PdfChecks.isPdfA2b(pdf)).as("PDF/A-2b").isTrue();
		Poppler.png(pdf, Path.of("target/names", script.replaceAll("\\W+", "-") + "-" + name.hashCode() + ".png"), 60);
	}

}
