package org.htmacademy.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Replaces Vaadin's "Could not navigate" page (which lists every route in development mode) in every mode. */
@PageTitle("Page not found — HTM Academy")
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

	NotFoundView(AuthenticationContext authentication) {
		super(authentication);
		heading.setText("Page not found");
		explanation.setText("There is no page at this address. The link may be mistyped, or the course or page "
				+ "may have been removed.");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpStatusCode.NOT_FOUND.getCode();
	}

}
