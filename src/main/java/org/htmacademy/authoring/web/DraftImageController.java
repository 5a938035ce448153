package org.htmacademy.authoring.web;

import jakarta.servlet.http.HttpServletRequest;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.DraftImages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a draft's images to its authors for the lesson preview: never cached, since a draft's image can be replaced,
 * and under the same script-forbidding policy as published course images.
 */
@RestController
class DraftImageController {

	private final DraftImages images;

	DraftImageController(DraftImages images) {
		this.images = images;
	}

	@GetMapping("/draft-images/{draftId}/**")
	ResponseEntity<byte[]> image(@PathVariable long draftId, HttpServletRequest request) {
		String prefix = "/draft-images/" + draftId + "/";
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String path = uri.substring(uri.indexOf(prefix) + prefix.length());
		try {
			var image = images.image(draftId, path);
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.noStore())
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
				.header("X-Content-Type-Options", "nosniff")
				.body(image.content());
		}
		catch (AuthoringException e) {
			return ResponseEntity.notFound().build();
		}
	}

}
