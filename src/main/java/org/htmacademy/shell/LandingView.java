package org.htmacademy.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.htmacademy.common.ui.PublicHeader;

/** What a visitor sees first: what HTM Academy offers, the four tracks, and a way in. */
@Route(value = "", autoLayout = false)
@PageTitle("HTM Academy — training and CE credit for biomeds")
@AnonymousAllowed
class LandingView extends Main implements BeforeEnterObserver {

	final TextField code = new TextField("Certificate number or verification code");

	private final AuthenticationContext authentication;

	LandingView(AuthenticationContext authentication) {
		this.authentication = authentication;
		addClassName("landing");
		add(new PublicHeader(), hero(), tracks(), verifyBox(), footer());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (authentication.isAuthenticated()) {
			event.forwardTo("dashboard");
		}
	}

	private Section hero() {
		H1 title = new H1("Keep hospital technology safe, connected and secure");
		Paragraph lead = new Paragraph("HTM Academy trains biomedical equipment technicians and clinical engineers "
				+ "in what the field now demands, and awards verifiable continuing-education certificates toward "
				+ "AAMI's CBET, CHTM, CRES and CLES renewals.");
		Anchor register = new Anchor("register", "Create a free account");
		register.addClassName("button-link");
		Anchor signIn = new Anchor("login", "Sign in");
		Div actions = new Div(register, signIn);
		actions.addClassName("hero-actions");
		Section hero = new Section(title, lead, actions);
		hero.addClassName("hero");
		return hero;
	}

	private Section tracks() {
		Div grid = new Div(track("Networking", "IP addressing and subnetting, VLANs and segmentation, firewall rules, "
				+ "DICOM and HL7, PACS and EMR integration."),
				track("Cybersecurity", "Risk and vulnerability management, MDS2 forms, patching with vendors, "
						+ "IoMT segmentation and ransomware response."),
				track("Dental equipment", "Delivery units, handpieces, compressors and vacuum, waterline quality "
						+ "and sterility assurance."),
				track("Imaging", "X-ray, CT, MRI and ultrasound at the level a biomed services them, plus PACS "
						+ "administration."));
		grid.addClassName("track-grid");
		Section section = new Section(new H2("Four tracks"), grid,
				new Paragraph("Students work through courses in their college cohort; working biomeds earn contact "
						+ "hours and keep a transcript for their renewal period."));
		section.addClassName("tracks");
		return section;
	}

	private Div track(String name, String description) {
		Div card = new Div(new H3(name), new Paragraph(description));
		card.addClassName("track-card");
		return card;
	}

	/** Opens the verification page (certificate feature) with what was typed, which it looks up and answers. */
	private Section verifyBox() {
		code.setPlaceholder("e.g. HTMA-2026-7KQ2M-9XD4S");
		code.setId("verify-code");
		Button verify = new Button("Verify", e -> {
			String typed = code.getValue().strip();
			getUI().ifPresent(ui -> ui.navigate("verify",
					typed.isEmpty() ? QueryParameters.empty() : QueryParameters.of("code", typed)));
		});
		verify.setId("landing-verify");
		verify.addThemeVariants(ButtonVariant.PRIMARY);
		verify.addClickShortcut(Key.ENTER).listenOn(code);
		Div row = new Div(code, verify);
		row.addClassName("verify-row");
		Section section = new Section(new H2("Verify a certificate"),
				new Paragraph("Employers and certification reviewers can check an HTM Academy certificate "
						+ "without an account: enter its certificate number or its verification code, both printed "
						+ "beside its QR code."),
				row);
		section.addClassName("verify");
		return section;
	}

	private Div footer() {
		Div footer = new Div(new Paragraph("HTM Academy — open-source training for Healthcare Technology Management."));
		footer.addClassName("landing-footer");
		return footer;
	}

}
