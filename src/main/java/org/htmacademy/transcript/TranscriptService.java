package org.htmacademy.transcript;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.htmacademy.account.AccountService;
import org.htmacademy.certificate.CertificateService;
import org.htmacademy.certificate.CertificateStatus;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.transcript.repository.ActivityRow;
import org.htmacademy.transcript.repository.ActivityValues;
import org.htmacademy.transcript.repository.TranscriptRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's CE record: the certificates HTM Academy issued them, the CE they earned elsewhere and
 * record themselves, the certifications they hold, where they stand in each renewal period, and exports. Every
 * method acts for the current learner only; another learner's activity reads exactly like a missing one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TranscriptService {

	private final TranscriptRepository repository;

	private final CertificateService certificates;

	private final AccountService accounts;

	private final RenewalRules rules;

	private final TranscriptSettings settings;

	private final CurrentUser currentUser;

	private final Clock clock;

	TranscriptService(TranscriptRepository repository, CertificateService certificates, AccountService accounts,
			RenewalRules rules, TranscriptSettings settings, CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.certificates = certificates;
		this.accounts = accounts;
		this.rules = rules;
		this.settings = settings;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Where the renewal rules come from and when they were checked, to show beside every figure. */
	public RulesSource rulesSource() {
		return rules.source();
	}

	/** Every certification the renewal rules cover, in the rules file's order. */
	public List<CertificationRules> certifications() {
		return rules.certifications();
	}

	/** Today where the certificates are dated; "in the future" and "current period" are decided by it. */
	public LocalDate today() {
		return clock.instant().atZone(settings.timeZone()).toLocalDate();
	}

	// self-reported activities

	public List<CeActivity> myActivities() {
		return repository.activities(me()).stream().map(TranscriptService::activity).toList();
	}

	public CeActivity myActivity(long activityId) {
		return repository.activity(me(), activityId)
			.map(TranscriptService::activity)
			.orElseThrow(ActivityNotFoundException::new);
	}

	/** The categories a self-reported activity may be filed under: those of the certifications held, else all. */
	public List<CategoryRule> activityCategories() {
		List<CertificationRules> held = myCertifications().stream().map(HeldCertification::rules).toList();
		return categoriesOf(held.isEmpty() ? rules.certifications() : held);
	}

	/** @throws ActivityRejectedException with a message for each field that is wrong */
	@Transactional
	public CeActivity addActivity(ActivityDraft draft) {
		ActivityValues values = check(draft);
		long id = repository.insert(me(), values, draft.attachment() instanceof AttachmentChange.Replace(var file)
				? ActivityCheck.stored(file) : null, clock.instant());
		return myActivity(id);
	}

	/** @throws ActivityNotFoundException when the learner has no such activity */
	@Transactional
	public CeActivity updateActivity(long activityId, ActivityDraft draft) {
		ActivityValues values = check(draft);
		long me = me();
		if (!repository.update(me, activityId, values)) {
			throw new ActivityNotFoundException();
		}
		switch (draft.attachment()) {
			case AttachmentChange.Keep keep -> {
			}
			case AttachmentChange.Remove remove -> repository.attach(me, activityId, null);
			case AttachmentChange.Replace(var file) -> repository.attach(me, activityId, ActivityCheck.stored(file));
		}
		return myActivity(activityId);
	}

	@Transactional
	public void deleteActivity(long activityId) {
		if (!repository.delete(me(), activityId)) {
			throw new ActivityNotFoundException();
		}
	}

	/** @throws ActivityNotFoundException when the learner has no such activity, or it has no attachment */
	public AttachedFile myAttachment(long activityId) {
		return repository.attachment(me(), activityId)
			.map(row -> new AttachedFile(row.fileName(), row.content()))
			.orElseThrow(ActivityNotFoundException::new);
	}

	// certifications held

	/** In the order of the rules file; a certification the rules no longer cover is left out. */
	public List<HeldCertification> myCertifications() {
		Map<String, LocalDate> held = repository.heldCertifications(me())
			.stream()
			.collect(Collectors.toMap(row -> row.certification(), row -> row.certifiedOn()));
		return rules.certifications()
			.stream()
			.filter(certification -> held.containsKey(certification.code()))
			.map(certification -> new HeldCertification(certification, held.get(certification.code())))
			.toList();
	}

	/** Records a certification the learner holds; holding it already moves its date. */
	@Transactional
	public HeldCertification holdCertification(@Nullable String code, @Nullable LocalDate certifiedOn) {
		if (code == null || rules.certification(code).isEmpty()) {
			throw new TranscriptException("Choose a certification from the list.");
		}
		if (certifiedOn == null) {
			throw new TranscriptException("Enter the date you were certified.");
		}
		if (certifiedOn.isAfter(today())) {
			throw new TranscriptException("The certification date cannot be in the future.");
		}
		repository.hold(me(), code, certifiedOn);
		return new HeldCertification(rules.certification(code).orElseThrow(), certifiedOn);
	}

	@Transactional
	public void dropCertification(String code) {
		repository.drop(me(), code);
	}

	// transcript, renewal progress and exports

	/**
	 * Every certificate and self-reported activity, newest first, with CEUs under the rules of the given
	 * certification, else of the first one held, else of the first in the rules file.
	 */
	public Transcript myTranscript(@Nullable String certificationCode) {
		CertificationRules basis = basis(certificationCode);
		List<TranscriptEntry> entries = new ArrayList<>();
		for (IssuedCertificate certificate : certificates.myCertificates()) {
			CeEntry entry = entry(certificate, basis);
			entries.add(new TranscriptEntry(entry.completedOn(), entry.title(), entry.provider(),
					certificate.contactHours(), entry.credit().ceus(basis.contactHoursPerCeu()), entry.categoryCode(),
					EntrySource.HTM_ACADEMY, certificate.number(), notCounted(certificate.status()), null));
		}
		for (CeActivity activity : myActivities()) {
			entries.add(new TranscriptEntry(activity.completedOn(), activity.title(), activity.provider(),
					activity.contactHours(), Credit.contactHours(activity.contactHours().toPlainString())
						.ceus(basis.contactHoursPerCeu()),
					activity.category(), EntrySource.SELF_REPORTED, null, null, activity));
		}
		entries.sort(Comparator.comparing(TranscriptEntry::completedOn).reversed());
		return new Transcript(basis, entries);
	}

	/** Progress in the current renewal period of a certification the learner holds. */
	public RenewalProgress myProgress(String certificationCode) {
		HeldCertification held = held(certificationCode);
		return RenewalCalculator.progress(held.rules(), held.certifiedOn(), today(), ceEntries(held.rules()));
	}

	/**
	 * Progress in any period under any certification's rules, e.g. a past period for an audit.
	 *
	 * @param last the period's last day, included
	 */
	public RenewalProgress myProgress(String certificationCode, @Nullable LocalDate first, @Nullable LocalDate last) {
		CertificationRules certification = rules.certification(certificationCode)
			.orElseThrow(() -> new TranscriptException("Choose a certification from the list."));
		if (first == null || last == null) {
			throw new TranscriptException("Enter the first and the last day of the period.");
		}
		if (last.isBefore(first)) {
			throw new TranscriptException("The period must end on or after its first day.");
		}
		return RenewalCalculator.tally(certification, new RenewalPeriod(first, last.plusDays(1)),
				ceEntries(certification));
	}

	/** A PDF/A transcript of the period; the same as the certificates in fonts and archival metadata. */
	public ExportedFile exportPdf(String certificationCode, @Nullable LocalDate first, @Nullable LocalDate last) {
		RenewalProgress progress = myProgress(certificationCode, first, last);
		TranscriptDocument document = new TranscriptDocument(accounts.myAccount().fullName(),
				settings.providerName(), ZonedDateTime.now(clock).withZoneSameInstant(settings.timeZone()), progress);
		try {
			return new ExportedFile(fileName(progress, "pdf"), "application/pdf", TranscriptPdf.render(document));
		}
		catch (IllegalArgumentException unprintable) {
			throw new TranscriptException(unprintable.getMessage().replace("certificate fonts", "transcript fonts")
					+ ". Edit that entry, or download the CSV, which holds any character.");
		}
	}

	public ExportedFile exportCsv(String certificationCode, @Nullable LocalDate first, @Nullable LocalDate last) {
		RenewalProgress progress = myProgress(certificationCode, first, last);
		return new ExportedFile(fileName(progress, "csv"), "text/csv; charset=UTF-8", TranscriptCsv.bytes(progress));
	}

	private List<CeEntry> ceEntries(CertificationRules certification) {
		List<CeEntry> entries = new ArrayList<>();
		certificates.myCertificates()
			.stream()
			.filter(certificate -> certificate.status() == CertificateStatus.VALID)
			.forEach(certificate -> entries.add(entry(certificate, certification)));
		for (CeActivity activity : myActivities()) {
			entries.add(new CeEntry(activity.completedOn(), activity.title(), activity.provider(), activity.category(),
					Credit.contactHours(activity.contactHours().toPlainString()), EntrySource.SELF_REPORTED, null));
		}
		return entries;
	}

	/** Courses count in the category the rules name for them (DD008: professional development). */
	private CeEntry entry(IssuedCertificate certificate, CertificationRules certification) {
		return new CeEntry(certificate.completedAt().atZone(certificate.timeZone()).toLocalDate(),
				certificate.courseTitle(), settings.providerName(), certification.courseCategory(),
				Credit.contactHours(certificate.contactHours().toPlainString()), EntrySource.HTM_ACADEMY,
				certificate.number());
	}

	private static @Nullable String notCounted(CertificateStatus status) {
		return switch (status) {
			case VALID -> null;
			case REVOKED -> "Revoked: does not count";
			case SUPERSEDED -> "Replaced by a re-issued certificate: does not count";
		};
	}

	private CertificationRules basis(@Nullable String certificationCode) {
		if (certificationCode != null) {
			return rules.certification(certificationCode)
				.orElseThrow(() -> new TranscriptException("Choose a certification from the list."));
		}
		return myCertifications().stream()
			.map(HeldCertification::rules)
			.findFirst()
			.orElse(rules.certifications().getFirst());
	}

	private HeldCertification held(String certificationCode) {
		return myCertifications().stream()
			.filter(held -> held.code().equals(certificationCode))
			.findFirst()
			.orElseThrow(() -> new TranscriptException("Add the certification you hold first."));
	}

	private ActivityValues check(ActivityDraft draft) {
		Set<String> categories = categoriesOf(rules.certifications()).stream()
			.map(CategoryRule::code)
			.collect(Collectors.toSet());
		return ActivityCheck.values(draft, categories, today());
	}

	private static List<CategoryRule> categoriesOf(List<CertificationRules> certifications) {
		Map<String, CategoryRule> categories = new LinkedHashMap<>();
		certifications.forEach(c -> c.categories().forEach(category -> categories.putIfAbsent(category.code(), category)));
		return List.copyOf(categories.values());
	}

	private static String fileName(RenewalProgress progress, String extension) {
		return "ce-transcript-" + progress.certification().code().replaceAll("[^A-Za-z0-9-]", "") + "-"
				+ progress.period().start() + "-to-" + progress.period().deadline() + "." + extension;
	}

	private static CeActivity activity(ActivityRow row) {
		return new CeActivity(row.id(), row.completedOn(), row.title(), row.provider(), row.contactHours(),
				row.category(), row.attachmentName());
	}

	private long me() {
		return currentUser.require().userId();
	}

}
