package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TranscriptCsvTest {

	private final String csv = TranscriptCsv.csv(Transcripts.progress());

	@Test
	void one_header_and_one_row_per_activity_each_ending_in_crlf() {
		String[] lines = csv.split("\r\n", -1);

		assertThat(lines).hasSize(1 + 5 + 1);
		assertThat(lines[lines.length - 1]).isEmpty();
		assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
		assertThat(lines[0]).isEqualTo("Date,Course or activity,Provider,Category,Contact hours,CEUs,Certificate number,"
				+ "Source");
		assertThat(lines[1]).isEqualTo("2026-03-04,Electrical Safety Testing of Medical Equipment (IEC 62353),"
				+ "HTM Academy,IV,1.5,0.15,HTMA-2026-7KQ2M-9XD4P,HTM Academy");
	}

	@Test
	void accented_names_and_dashes_survive() {
		assertThat(csv).contains("2026-05-20,Infusion pump maintenance — vendor course,Hospital Clínico San José,IV,8,"
				+ "0.8,BX-2026/0193,Self-reported");
	}

	@Test
	void an_activity_stated_in_ceus_has_no_hours() {
		assertThat(csv).contains("2026-09-01,CHTM certification earned,AAMI Credentials Institute,I,,5,,Self-reported");
	}

	@Test
	void formulas_are_defused_and_quotes_doubled() {
		assertThat(csv).contains("2027-02-03,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'-Self,III,,2,"
				+ "'@42,Self-reported");
	}

	@Test
	void each_dangerous_first_character_is_prefixed_and_nothing_else_is() {
		assertThat(TranscriptCsv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(TranscriptCsv.field("+1")).isEqualTo("'+1");
		assertThat(TranscriptCsv.field("-1")).isEqualTo("'-1");
		assertThat(TranscriptCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TranscriptCsv.field("\tcmd")).isEqualTo("'\tcmd");
		assertThat(TranscriptCsv.field("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(TranscriptCsv.field("a=b")).isEqualTo("a=b");
		assertThat(TranscriptCsv.field("12.75")).isEqualTo("12.75");
		assertThat(TranscriptCsv.field("")).isEmpty();
	}

	@Test
	void fields_with_commas_quotes_or_line_breaks_are_quoted() {
		assertThat(TranscriptCsv.field("Smith, Jane")).isEqualTo("\"Smith, Jane\"");
		assertThat(TranscriptCsv.field("the \"best\" course")).isEqualTo("\"the \"\"best\"\" course\"");
		assertThat(TranscriptCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void the_download_is_utf_8_with_a_byte_order_mark_for_excel() {
		byte[] bytes = TranscriptCsv.bytes(Transcripts.progress());

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(csv);
	}

}
