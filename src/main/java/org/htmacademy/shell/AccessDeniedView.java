package org.htmacademy.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * A signed-in person opening a page their role does not allow (visitors are sent to sign in instead). Replaces
 * Vaadin's default, which answered with the development-mode route list; see DD025.
 */
@PageTitle("No access — HTM Academy")
@AnonymousAllowed
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

	AccessDeniedView(AuthenticationContext authentication) {
		super(authentication);
		heading.setText("No access to this page");
		explanation.setText("Your account does not give access to this page. If you need it for your work, ask "
				+ "an HTM Academy administrator.");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpStatusCode.FORBIDDEN.getCode();
	}

}
