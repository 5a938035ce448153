package org.htmacademy.authoring.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.authoring.AuthoringException;
import org.htmacademy.authoring.ExportedCourse;

/** Links that download a course ZIP, made when clicked: the service checks who asks at that moment. */
final class Downloads {

	private Downloads() {
	}

	static Anchor zip(String text, Supplier<ExportedCourse> export) {
		DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
			try {
				ExportedCourse exported = export.get();
				return new DownloadResponse(new ByteArrayInputStream(exported.zip()), exported.fileName(),
						"application/zip", exported.zip().length);
			}
			catch (AuthoringException e) {
				return DownloadResponse.error(404, e.getMessage());
			}
		});
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
		anchor.addClassName("download-link");
		return anchor;
	}

	static Anchor text(String text, String fileName, Supplier<String> content) {
		DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
			byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/plain;charset=UTF-8",
					bytes.length);
		});
		Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
		anchor.addClassName("download-link");
		return anchor;
	}

}
