package org.htmacademy.certificate.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Certificates as the certificate feature would fill them in. */
final class Certificates {

	private Certificates() {
	}

	static CertificateDocument sample() {
		return new CertificateDocument("HTM Academy Continuing Education, LLC",
				"1200 Clinical Engineering Way, Suite 300, Minneapolis, MN 55401, USA", "Zoë Ødegård-Łukasiewicz",
				"Electrical Safety Testing of Medical Equipment (IEC 62353)", "2.1",
				ZonedDateTime.of(2026, 3, 4, 22, 47, 15, 0, ZoneId.of("America/Chicago")), new BigDecimal("1.5"),
				List.of("CBET: Healthcare information technology", "CBET: Safety in the healthcare environment"),
				"This program has been approved by the Example Board of Biomedical Technology for 1.5 contact hours "
						+ "(0.15 CEU) of continuing education. Approval number EB-2026-0417.",
				"Dr. Amelia Okafor", "Director of Education, HTM Academy", "HTMA-2026-7KQ2M-9XD4S",
				"0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2", "https://htm.academy/v/0F3K9QZW2M7DXH4NB8CRT6VJ5PW2",
				"htm.academy/verify");
	}

	/** Every text at the longest a real certificate might see, all at once. */
	static CertificateDocument crowded(String learnerName, String courseTitle) {
		CertificateDocument s = sample();
		return new CertificateDocument("Northwestern Regional Consortium for Clinical Engineering and Healthcare "
				+ "Technology Management Continuing Education",
				"Building 14, Room 2.071, 4500 University Medical Center Parkway, Saint Paul, Minnesota 55108-6010, "
						+ "United States of America",
				learnerName, courseTitle, "2026.11-rc.3+build.4711", s.completedAt(), new BigDecimal("12.75"),
				List.of("CBET: Anatomy and physiology", "CBET: Public safety in the healthcare facility",
						"CBET: Fundamentals of electricity and electronics",
						"CBET: Healthcare technology function and operation",
						"CBET: Healthcare technology problem solving", "CBET: Healthcare information technology",
						"CRES: Radiology equipment", "CLES: Laboratory equipment"),
				"This continuing education activity has been reviewed and approved by the Example Board of Biomedical "
						+ "Technology Accreditation and Credentialing, an independent body, for 12.75 contact hours "
						+ "(1.275 CEUs). Approval number EB-2026-0417-REV-B, valid from January 1, 2026 to December "
						+ "31, 2028. The provider is solely responsible for the content of this activity. "
						+ "Questions about this approval may be sent to the board at the address on its website.",
				"Prof. Dr. Anna-Katharina Wittgenstein-Rothenburg, PhD, CCE, CBET",
				"Chair of the Continuing Education Committee and Director of Clinical Engineering Programs",
				"HTM-2026-000417-REISSUE-0002", WIDEST_CODE,
				"https://certificates.htm-academy.example.org/verify/HTM-2026-000417?check=9f8e7d6c5b4a3f2e1d0c",
				"certificates.northwestern-regional-consortium-for-clinical-engineering.example.org/verify");
	}

	/** Seven groups of the widest symbol: no real code is wider. */
	static final String WIDEST_CODE = "WWWW-WWWW-WWWW-WWWW-WWWW-WWWW-WWWW";

	static final List<String> SKILLS = List.of(
			"Tests dental unit waterline output with a heterotrophic plate count kit — signed by Priya Raman, CHTM on 2027-03-02",
			"Runs a weekly spore test on a tabletop steam sterilizer with a matching control — signed by Priya Raman, CHTM on 2027-03-09");

	static CertificateDocument withSkills(CertificateDocument s, List<String> skills) {
		return new CertificateDocument(s.providerName(), s.providerAddress(), s.learnerName(), s.courseTitle(),
				s.courseVersion(), s.completedAt(), s.contactHours(), s.certificationAreas(),
				s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(), s.certificateNumber(),
				s.verificationCode(), s.verificationUrl(), s.verificationPage(), skills);
	}

	/** Eight skills, each title at the 300 characters course.yml allows, signed by an instructor with a long name. */
	static List<String> manyLongSkills() {
		String title = "Performs and documents an electrical safety inspection of a line-powered patient monitor: "
				+ "protective earth resistance with the power cord flexed along its length, equipment and applied-part "
				+ "leakage by the alternative or direct method, visual inspection of enclosure and accessories, and "
				+ "the record another technician could repeat";
		return java.util.stream.IntStream.rangeClosed(1, 8)
			.mapToObj(i -> i + ". " + title.substring(0, 297) + " — signed by Prof. Dr. Anna-Katharina "
					+ "Wittgenstein-Rothenburg, PhD, CCE, CBET on 2027-03-0" + i)
			.toList();
	}

	static CertificateDocument withLearner(String learnerName) {
		CertificateDocument s = sample();
		return new CertificateDocument(s.providerName(), s.providerAddress(), learnerName, s.courseTitle(),
				s.courseVersion(), s.completedAt(), s.contactHours(), s.certificationAreas(),
				s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(), s.certificateNumber(),
				s.verificationCode(), s.verificationUrl(), s.verificationPage());
	}

	static CertificateDocument withLearnerAndCourse(String learnerName, String courseTitle) {
		CertificateDocument s = withLearner(learnerName);
		return new CertificateDocument(s.providerName(), s.providerAddress(), s.learnerName(), courseTitle,
				s.courseVersion(), s.completedAt(), s.contactHours(), s.certificationAreas(),
				s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(), s.certificateNumber(),
				s.verificationCode(), s.verificationUrl(), s.verificationPage());
	}

}
