package org.htmacademy.course.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.htmacademy.course.CourseAssets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves lesson images. A version's files never change, so they may be cached; SVG is served with a
 * policy that forbids scripts, so even a crafted SVG opened directly cannot run code in our origin.
 */
@RestController
class CourseAssetController {

	private final CourseAssets assets;

	CourseAssetController(CourseAssets assets) {
		this.assets = assets;
	}

	@GetMapping("/course-assets/{versionId}/**")
	ResponseEntity<byte[]> asset(@PathVariable long versionId, HttpServletRequest request) {
		String prefix = "/course-assets/" + versionId + "/";
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		String path = uri.substring(uri.indexOf(prefix) + prefix.length());
		return assets.find(versionId, path)
			.map(asset -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(asset.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
				.header("X-Content-Type-Options", "nosniff")
				.body(asset.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
