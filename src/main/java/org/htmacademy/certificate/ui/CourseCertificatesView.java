package org.htmacademy.certificate.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.CertificateStatus;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.ManagedCourse;
import org.htmacademy.certificate.pdf.CreditWording;
import org.htmacademy.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A course's certificates for its instructors and administrators: status of each, revoke and re-issue with a reason,
 * the audit log, and every valid certificate as one ZIP. The service checks that the person manages this course.
 */
@Route("teaching/courses/:courseId/certificates")
@RolesAllowed({ Role.ADMIN_NAME, Role.INSTRUCTOR_NAME })
class CourseCertificatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	/** Short, so the table fits beside the menu; the certificate itself names the time zone. */
	private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

	final Grid<IssuedCertificate> grid = new Grid<>();

	final Paragraph summary = new Paragraph();

	private final CertificateAdministration administration;

	private final SecurityContextHolderStrategy securityContext;

	CertificateZipPanel zip;

	private ManagedCourse course;

	CourseCertificatesView(CertificateAdministration administration, SecurityContextHolderStrategy securityContext) {
		this.administration = administration;
		this.securityContext = securityContext;
		addClassName("page");
		summary.setId("certificate-summary");
		grid.addColumn(IssuedCertificate::learnerName).setHeader("Learner").setFlexGrow(2).setSortable(true);
		grid.addColumn(IssuedCertificate::number).setHeader("Number").setAutoWidth(true);
		grid.addColumn(c -> COMPLETED.format(c.completedAt().atZone(c.timeZone())))
			.setHeader("Completed")
			.setAutoWidth(true);
		grid.addColumn(c -> CreditWording.number(c.contactHours())).setHeader("Hours").setAutoWidth(true);
		grid.addComponentColumn(c -> StatusBadge.of(c.status())).setHeader("Status").setWidth("7rem").setFlexGrow(0);
		grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
		grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
		grid.setAllRowsVisible(true);
	}

	static String path(String courseId) {
		return "teaching/courses/" + courseId + "/certificates";
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String courseId = event.getRouteParameters().get("courseId").orElse("");
		removeAll();
		Div crumbs = new Div(new Anchor("teaching/certificates", "Course certificates"));
		crumbs.addClassName("breadcrumbs");
		try {
			course = administration.managedCourse(courseId);
		}
		catch (AccessDeniedException refused) {
			course = null;
			add(crumbs, new H1("Certificates"), new Paragraph("You do not manage the certificates of this course. "
					+ "Only its instructors and administrators do."));
			return;
		}
		zip = new CertificateZipPanel(administration, securityContext, course);
		add(crumbs, new H1("Certificates: " + course.title()), summary, zip, grid);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return (course == null ? "Certificates" : "Certificates: " + course.title()) + " — HTM Academy";
	}

	void refresh() {
		List<IssuedCertificate> certificates = administration.certificatesOf(course.courseId());
		course = administration.managedCourse(course.courseId());
		grid.setItems(certificates);
		grid.recalculateColumnWidths();
		summary.setText(certificates.isEmpty() ? "No learner has earned this course's certificate yet."
				: course.valid() + " valid, " + course.revoked() + " revoked, " + course.superseded() + " replaced.");
		zip.update(course);
	}

	private Div actions(IssuedCertificate certificate) {
		Button log = new Button("Log", e -> new AuditLogDialog(certificate, administration.auditLog(certificate.number()))
			.open());
		log.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
		Div actions = new Div();
		actions.addClassName("certificate-row-actions");
		if (certificate.status() == CertificateStatus.VALID) {
			Button revoke = new Button("Revoke", e -> revokeDialog(certificate).open());
			revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
			Button reissue = new Button("Re-issue", e -> reissueDialog(certificate).open());
			reissue.addThemeVariants(ButtonVariant.SMALL);
			actions.add(revoke, reissue);
		}
		actions.add(log);
		return actions;
	}

	ReasonDialog revokeDialog(IssuedCertificate certificate) {
		return new ReasonDialog("Revoke certificate " + certificate.number(),
				"The certificate of " + certificate.learnerName() + " stops being valid at once. Its verification page "
						+ "will say it was revoked, with the date and the reason you give here. This cannot be undone.",
				"Revoke certificate", true, reason -> done(administration::revoke, certificate, reason, "revoked"));
	}

	ReasonDialog reissueDialog(IssuedCertificate certificate) {
		return new ReasonDialog("Re-issue certificate " + certificate.number(),
				"A new certificate with a new number and code is issued for the same completion, under the learner's "
						+ "current certificate name from their profile (e.g. after a legal name change): “"
						+ administration.nameForReissue(certificate.number()) + "”. Everything else is copied. This "
						+ "certificate becomes replaced: its verification page names the new one.",
				"Re-issue certificate", false, reason -> done(administration::reissue, certificate, reason, "re-issued"));
	}

	private IssuedCertificate done(BiFunction<String, String, IssuedCertificate> action, IssuedCertificate certificate,
			String reason, String what) {
		IssuedCertificate result = action.apply(certificate.number(), reason);
		Notification.show("Certificate " + certificate.number() + " " + what + ".", 5000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
		refresh();
		return result;
	}

}
