package org.htmacademy.certificate.web;

import jakarta.servlet.http.HttpServletRequest;
import org.htmacademy.certificate.Verification;
import org.htmacademy.certificate.VerificationService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificate verification for employers' systems: the public page's answer as JSON. No sign-in; throttled per
 * remote address together with the page (behind a reverse proxy, see DD012).
 */
@RestController
class VerificationController {

	private final VerificationService verification;

	VerificationController(VerificationService verification) {
		this.verification = verification;
	}

	@GetMapping(path = "/api/certificates/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VerificationAnswer> verify(@PathVariable String code, HttpServletRequest request) {
		Verification answer = verification.verify(code, request.getRemoteAddr());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status(answer))
			// a certificate can be revoked at any time: never answer from a cache
			.cacheControl(CacheControl.noStore());
		if (answer instanceof Verification.Throttled throttled) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
		}
		return response.body(VerificationAnswer.of(answer));
	}

	private static HttpStatus status(Verification answer) {
		return switch (answer) {
			case Verification.Valid v -> HttpStatus.OK;
			case Verification.Revoked r -> HttpStatus.OK;
			case Verification.Superseded s -> HttpStatus.OK;
			case Verification.NotFound n -> HttpStatus.NOT_FOUND;
			case Verification.Malformed m -> HttpStatus.BAD_REQUEST;
			case Verification.Throttled t -> HttpStatus.TOO_MANY_REQUESTS;
		};
	}

}
