package org.htmacademy.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What is kept when a journey fails, so that a failure on CI can be understood from its output and target/ alone:
 * target/journey-failures/NAME.png (screenshot), NAME.html (the page), NAME-console.log (the browser's console)
 * and NAME-server.log (the application's log during the journey). A summary goes into the failure itself.
 */
final class JourneyFailure extends Exception {

	static final Path FOLDER = Path.of("target", "journey-failures");

	private static final int SUMMARY_LINES = 40;

	private JourneyFailure(String summary) {
		// no stack trace: the summary is the point, and the failure it is attached to has the trace
		super(summary, null, false, false);
	}

	/** Never throws: whatever cannot be recorded (the browser may be gone) is named in the summary instead. */
	static JourneyFailure record(String name, BrowserJourney browser, List<String> serverLog) {
		StringBuilder summary = new StringBuilder("Journey '" + name + "' failed at " + Instant.now() + "\n");
		try {
			Files.createDirectories(FOLDER);
		}
		catch (IOException ex) {
			summary.append("cannot create ").append(FOLDER).append(": ").append(ex).append('\n');
		}
		attempt(summary, "address", () -> "address: " + browser.driver.getCurrentUrl());
		attempt(summary, "screenshot", () -> {
			((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);"
					+ "const main = document.querySelector('main'); if (main) { main.scrollIntoView(); }");
			byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
			return "screenshot: " + write(name + ".png", png);
		});
		attempt(summary, "page", () -> "page: "
				+ write(name + ".html", browser.driver.getPageSource().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		List<String> console = new ArrayList<>();
		attempt(summary, "console", () -> {
			for (LogEntry entry : browser.driver.manage().logs().get(LogType.BROWSER)) {
				console.add(Instant.ofEpochMilli(entry.getTimestamp()) + " " + entry.getLevel() + " " + entry.getMessage());
			}
			return "browser console (" + console.size() + " lines): " + write(name + "-console.log", lines(console));
		});
		attempt(summary, "server log", () -> "server log during the journey (" + serverLog.size() + " lines): "
				+ write(name + "-server.log", lines(serverLog)));
		// Vaadin's client logs every message at FINE: kept in the file, left out of the summary
		summary.append(tail("browser console (INFO and above)",
				console.stream().filter(line -> !line.matches("\\S+ (FINE|FINER|FINEST|CONFIG) .*")).toList()));
		summary.append(tail("server log", serverLog));
		return new JourneyFailure(summary.toString());
	}

	private static String tail(String what, List<String> lines) {
		if (lines.isEmpty()) {
			return "--- " + what + ": nothing\n";
		}
		List<String> last = lines.subList(Math.max(0, lines.size() - SUMMARY_LINES), lines.size());
		return "--- " + what + (last.size() < lines.size() ? ", last " + last.size() + " lines" : "") + ":\n"
				+ String.join("\n", last) + "\n";
	}

	private static byte[] lines(List<String> lines) {
		return (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Path write(String file, byte[] content) throws IOException {
		return Files.write(FOLDER.resolve(file), content).toAbsolutePath();
	}

	private static void attempt(StringBuilder summary, String what, Step step) {
		try {
			summary.append(step.run()).append('\n');
		}
		catch (Exception | Error ex) {
			summary.append(what).append(": not recorded (").append(ex.toString().lines().findFirst().orElse(""))
				.append(")\n");
		}
	}

	@FunctionalInterface
	private interface Step {

		String run() throws Exception;

	}

}
