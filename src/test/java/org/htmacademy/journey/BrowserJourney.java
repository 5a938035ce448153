package org.htmacademy.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, for the few journeys worth a real browser. The driver path is
 * given explicitly so Selenium never tries to download one.
 */
final class BrowserJourney implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	final WebDriver driver;

	final WebDriverWait wait;

	private final String baseUrl;

	BrowserJourney(int port) {
		this(port, null);
	}

	/** @param downloads where the browser saves downloads without asking; null for the browser's default */
	BrowserJourney(int port, Path downloads) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium "
					+ "chromium-driver (.ci/run installs them)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--window-size=1280,900");
		if (downloads != null) {
			options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
					downloads.toAbsolutePath().toString(), "download.prompt_for_download", false,
					"plugins.always_open_pdf_externally", true));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		// Vaadin replaces elements while navigating; look them up again rather than fail
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		this.baseUrl = "http://localhost:" + port + "/";
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Clicks like a person who scrolled to the element first (AppLayout scrolls its own content area). */
	void click(By locator) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	void type(String cssOfField, String text) {
		WebElement input = waitFor(By.cssSelector(cssOfField + " input"));
		input.clear();
		input.sendKeys(text);
	}

	void signIn(String email, String password) {
		open("login");
		type("vaadin-login-form vaadin-text-field", email);
		type("vaadin-login-form vaadin-password-field", password);
		waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		waitFor(By.id("dashboard-greeting"));
	}

	/** Waits until the browser has finished saving a file whose name matches, and returns it. */
	Path downloaded(Path downloads, String nameRegex) {
		return wait.withMessage(() -> "no download matching " + nameRegex + "; the folder holds " + list(downloads))
			.until(d -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> f.getFileName().toString().matches(nameRegex))
					.filter(f -> !Files.exists(f.resolveSibling(f.getFileName() + ".crdownload")))
					.findFirst()
					.orElse(null);
			}
			catch (IOException e) {
				return null;
			}
		});
	}

	private static java.util.List<String> list(Path folder) {
		try (var files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).toList();
		}
		catch (IOException e) {
			return java.util.List.of(e.toString());
		}
	}

	void resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	Path screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Path taken = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Runs a journey; when it fails, keeps a screenshot of what the browser showed. */
	void run(String name, Journey journey) throws Exception {
		try {
			journey.run();
		}
		catch (Exception | AssertionError ex) {
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("document.querySelector('vaadin-app-layout') && window.scrollTo(0,0);"
						+ "var m = document.querySelector('main'); if (m) m.scrollIntoView();");
			screenshot(name + "-FAILED");
			System.out.println("PAGE AT FAILURE: " + driver.getCurrentUrl() + "\n"
					+ driver.getPageSource().replaceAll("(?s)<script.*?</script>", "").lines()
						.filter(l -> l.contains("enrol") || l.contains("progress-box")).limit(10).toList());
			throw ex;
		}
	}

	@FunctionalInterface
	interface Journey {

		void run() throws Exception;

	}

	@Override
	public void close() {
		driver.quit();
	}

}
