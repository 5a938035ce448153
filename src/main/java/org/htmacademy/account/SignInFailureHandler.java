package org.htmacademy.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.htmacademy.security.SignInPause;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form: "paused until …" when the address's sign-in is paused, which happens
 * alike for addresses with and without an account, otherwise the usual "check your email and password".
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

	SignInFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("username");
		var until = email == null ? java.util.Optional.<java.time.Instant>empty() : throttle.pausedUntil(email);
		if (until.isPresent()) {
			request.getSession().setAttribute(SignInPause.SESSION_ATTRIBUTE,
					new SignInPause(until.get(), throttle.maxFailures(), throttle.lockFor().toMinutes()));
			redirect.sendRedirect(request, response, "/login?paused");
		}
		else {
			redirect.sendRedirect(request, response, "/login?error");
		}
	}

}
