package org.htmacademy.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.htmacademy.certificate.CertificateNumber;
import org.htmacademy.certificate.CertificateSettings;
import org.htmacademy.certificate.Verification;
import org.htmacademy.certificate.VerificationService;
import org.htmacademy.common.ui.PublicHeader;

/**
 * The public verification page: {@code /v/<code>} is the short link in a certificate's QR code, {@code /verify} the
 * page to type or paste a certificate number or verification code into ({@code /v/<number>} works too). No sign-in;
 * it shows what the certificate says and nothing else.
 */
@Route(value = "v/:code?", autoLayout = false)
@RouteAlias(value = "verify", autoLayout = false)
@PageTitle("Verify a certificate — HTM Academy")
@AnonymousAllowed
class VerificationView extends Main implements BeforeEnterObserver {

	static final String CODE = "code";

	static final String WHERE = "Both are at the bottom right of the certificate, beside the QR code: the number under "
			+ "“Certificate No.”, the 28-character code under “Verification code” (on older printouts, the end of the "
			+ "link under “Verify at”). Any case; hyphens and spaces do not matter.";

	final TextField code = new TextField("Certificate number or verification code");

	final Button verify = new Button("Verify");

	final Div result = new Div();

	private final VerificationService verification;

	private final CertificateSettings settings;

	VerificationView(VerificationService verification, CertificateSettings settings) {
		this.verification = verification;
		this.settings = settings;
		addClassName("public-page");
		code.setId("verification-code");
		code.setPlaceholder("e.g. " + CertificateNumber.EXAMPLE);
		code.setHelperText(WHERE);
		code.setClearButtonVisible(true);
		verify.setId("verify");
		verify.addThemeVariants(ButtonVariant.PRIMARY);
		verify.addClickShortcut(Key.ENTER).listenOn(code);
		verify.addClickListener(e -> submit());
		result.setId("verification");
		result.getElement().setAttribute("aria-live", "polite");
		Div row = new Div(code, verify);
		row.addClassName("verify-row");
		Section card = new Section(new H1("Verify a certificate"),
				new Paragraph("Check that a certificate of completion was issued here and is still valid. Enter its "
						+ "certificate number or its verification code, or scan its QR code."),
				row, result);
		card.addClassNames("card", "verification-card");
		add(new PublicHeader(), card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String typed = event.getRouteParameters()
			.get(CODE)
			.or(() -> event.getLocation().getQueryParameters().getSingleParameter(CODE))
			.orElse("");
		code.setValue(typed);
		result.removeAll();
		if (!typed.isBlank()) {
			show(verification.verify(typed, client()));
		}
	}

	/** Through the address bar, so the answer has a link of its own and the browser's Back button works. */
	private void submit() {
		String typed = code.getValue().strip();
		if (typed.isEmpty()) {
			code.setErrorMessage("Enter the certificate number or the verification code printed on the certificate.");
			code.setInvalid(true);
			return;
		}
		code.setInvalid(false);
		getUI().ifPresent(ui -> ui.navigate("verify", QueryParameters.of(CODE, typed)));
	}

	void show(Verification answer) {
		result.removeAll();
		result.add(new VerificationResult(answer, settings.timeZone()));
	}

	/**
	 * Who asks, for the lookup throttle: the address the request came from. Behind a reverse proxy that is the proxy's,
	 * unless server.forward-headers-strategy is set (DD012).
	 */
	private static String client() {
		VaadinRequest request = VaadinRequest.getCurrent();
		String address = request == null ? null : request.getRemoteAddr();
		return address == null ? "unknown" : address;
	}

}
