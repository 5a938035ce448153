package org.htmacademy.certificate.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.ManagedCourse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every valid certificate of a course as one ZIP. Rendering hundreds of PDFs takes seconds, so it runs off the UI
 * thread into a temporary file, the page polls for its progress, and the file is offered for download when it is
 * complete. The file is deleted when the page closes or a new ZIP replaces it.
 */
final class CertificateZipPanel extends Div {

	private static final Logger log = LoggerFactory.getLogger(CertificateZipPanel.class);

	static final int POLL_MILLIS = 500;

	final Button generate = new Button("Prepare ZIP of all valid certificates", VaadinIcon.FILE_ZIP.create());

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final Anchor download = new Anchor();

	/** Where the ZIP is written; tests may hold a task back to look at the panel while it runs. */
	Executor background = task -> Thread.ofVirtual().name("certificate-zip").start(task);

	/** The ZIP started last, done once it has queued all its updates to the page. */
	CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

	private final CertificateAdministration administration;

	private final SecurityContextHolderStrategy securityContext;

	private ManagedCourse course;

	private Path file;

	CertificateZipPanel(CertificateAdministration administration, SecurityContextHolderStrategy securityContext,
			ManagedCourse course) {
		this.administration = administration;
		this.securityContext = securityContext;
		this.course = course;
		addClassName("certificate-zip");
		generate.setId("prepare-zip");
		generate.addClickListener(e -> start());
		progress.setVisible(false);
		progressText.setId("zip-progress-text");
		download.setId("zip-download");
		download.addClassName("button-link");
		download.setVisible(false);
		Div progressRow = new Div(progress, progressText);
		progressRow.addClassName("import-progress");
		add(generate, progressRow, download);
		addDetachListener(e -> discard());
	}

	/** After a certificate changed: a ZIP prepared before would hold a revoked or replaced certificate. */
	void update(ManagedCourse course) {
		this.course = course;
		generate.setEnabled(course.valid() > 0 && running.isDone());
		if (running.isDone()) {
			discard();
			download.setVisible(false);
			progress.setVisible(false);
			progressText.setText("");
		}
	}

	private void start() {
		UI ui = UI.getCurrent();
		discard();
		generate.setEnabled(false);
		download.setVisible(false);
		progress.setVisible(true);
		progress.setIndeterminate(true);
		progressText.setText("Preparing…");
		ui.setPollInterval(POLL_MILLIS);
		String courseId = course.courseId();
		Runnable work = () -> {
			Path zip = null;
			try {
				zip = Files.createTempFile("htm-certificates-", ".zip");
				// should the session end before the ZIP is offered, nothing else deletes it
				zip.toFile().deleteOnExit();
				int count;
				try (OutputStream out = Files.newOutputStream(zip)) {
					count = administration.writeValidCertificates(courseId, out,
							(done, total) -> update(ui, () -> written(done, total)));
				}
				Path ready = zip;
				if (!update(ui, () -> ready(ui, ready, count))) {
					deleteQuietly(ready);
				}
			}
			catch (IOException | RuntimeException e) {
				log.error("Could not prepare the certificates ZIP of {}", courseId, e);
				deleteQuietly(zip);
				update(ui, () -> failed(ui, e.getMessage()));
			}
		};
		// the service checks on this other thread, too, that this person manages the course
		var asThisPerson = new DelegatingSecurityContextRunnable(work, securityContext.getContext());
		asThisPerson.setSecurityContextHolderStrategy(securityContext);
		running = CompletableFuture.runAsync(asThisPerson, background);
	}

	private void written(int done, int total) {
		progress.setIndeterminate(false);
		progress.setValue((double) done / total);
		progressText.setText(done + " of " + total + " certificates");
	}

	private void ready(UI ui, Path zip, int count) {
		if (!isAttached()) {
			deleteQuietly(zip);
			return;
		}
		file = zip;
		String name = course.courseId() + "-certificates.zip";
		download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(Files.newInputStream(zip), name,
				"application/zip", Files.size(zip)), name));
		download.setText("Download " + name + " (" + count + (count == 1 ? " certificate" : " certificates") + ", "
				+ Math.max(1, size(zip) / 1024) + " KB)");
		download.setVisible(true);
		progress.setValue(1);
		progressText.setText(count + " of " + count + " certificates");
		idle(ui);
	}

	private void failed(UI ui, String message) {
		progress.setVisible(false);
		progressText.setText("The ZIP could not be prepared: " + message);
		idle(ui);
	}

	private void idle(UI ui) {
		generate.setEnabled(course.valid() > 0);
		ui.setPollInterval(-1);
	}

	private void discard() {
		deleteQuietly(file);
		file = null;
	}

	private static long size(Path zip) {
		try {
			return Files.size(zip);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteQuietly(Path zip) {
		if (zip != null) {
			try {
				Files.deleteIfExists(zip);
			}
			catch (IOException e) {
				log.warn("Could not delete the temporary ZIP {}", zip, e);
			}
		}
	}

	/** @return false when the page was closed meanwhile */
	private static boolean update(UI ui, Command change) {
		try {
			ui.access(change);
			return true;
		}
		catch (UIDetachedException e) {
			return false;
		}
	}

}
