package org.htmacademy.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, for the few journeys worth a real browser. The driver path is
 * given explicitly so Selenium never tries to download one.
 *
 * <p>
 * The journeys must pass every time on a busy two-core machine (issue 20), so the helpers here carry the timing
 * rules and a journey written with them gets them for free:
 * <ul>
 * <li>Every wait ({@link #wait}, {@link #waitFor}) retries while the browser is between pages: the WebDriver's
 * "aborted by navigation" and "target navigated or closed" errors, stale and missing elements mean "not yet".</li>
 * <li>{@link #open}, {@link #click}, {@link #type}, {@link #refresh} and {@link #waitFor} wait until Vaadin is idle
 * (page loaded, no request to the server in flight or queued) rather than for a fixed state or a fixed time.</li>
 * <li>{@link #click} retries while something covers the element (a closing dialog's curtain) or Vaadin replaces
 * it; it never clicks twice once the browser has taken the click.</li>
 * <li>{@link #downloaded} waits until the file is complete: no partial download left and its size steady.</li>
 * <li>A journey runs inside {@link #run}; when it fails, the screenshot, page, browser console and the server log
 * written during the journey are kept in target/journey-failures/ and summarised in the failure itself.</li>
 * </ul>
 * Rules for writing a journey: no {@code Thread.sleep}; reload with {@link #refresh()}, never
 * {@code driver.navigate().refresh()}; read state after a {@link #waitFor} or inside {@code wait.until}; create the
 * accounts and courses the journey needs (unique names, see {@link #unique}) instead of relying on another test's
 * data or on the order tests run in.
 */
final class BrowserJourney implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Generous: a busy two-core machine can take many seconds for a first page; a passing wait costs no more. */
	static final Duration TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Empty when the page has loaded and Vaadin has nothing in flight: no request to the server, no queued RPC, no
	 * navigation under way (the same test as Vaadin TestBench's waitForVaadin); otherwise what is still going on.
	 * A page without Vaadin is idle once loaded.
	 */
	static final String VAADIN_BUSY = """
			if (document.readyState !== 'complete') { return 'the page is ' + document.readyState; }
			const flow = window.Vaadin && window.Vaadin.Flow;
			if (!flow) { return ''; }
			if (flow.devServerIsNotLoaded) { return 'the dev server is not loaded'; }
			const clients = flow.clients || {};
			for (const id in clients) {
				if (clients[id].isActive && clients[id].isActive()) { return 'Vaadin client ' + id + ' is active'; }
			}
			return '';""";

	final WebDriver driver;

	/** Tolerates navigation in progress (see the class comment); tests may use it with any condition. */
	final WebDriverWait wait;

	private final String baseUrl;

	private final ServerLog serverLog = ServerLog.capture();

	private final Instant started = Instant.now();

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
			options.setExperimentalOption("prefs", Map.of("download.default_directory",
					downloads.toAbsolutePath().toString(), "download.prompt_for_download", false,
					"plugins.always_open_pdf_externally", true));
		}
		// the browser's console, kept when a journey fails
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new NavigationTolerantWait(driver, TIMEOUT);
		this.baseUrl = "http://localhost:" + port + "/";
	}

	/** A suffix that keeps this run's accounts, courses and cohorts apart from any other test's or run's. */
	static String unique() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
	}

	/** Opens a path of the app (no leading slash) and waits until Vaadin has finished building the page. */
	void open(String path) {
		go(() -> driver.get(baseUrl + path));
	}

	/** Reloads the page, as a person pressing F5 does, and waits until Vaadin has rebuilt it. */
	void refresh() {
		go(() -> driver.navigate().refresh());
	}

	/** Goes back a page, as the browser's back button does, and waits until Vaadin has shown it. */
	void back() {
		driver.navigate().back();
		waitUntilIdle();
	}

	/** Loading a page again is harmless, so a load the browser aborted for another navigation is repeated. */
	private void go(Runnable navigation) {
		for (int attempt = 1;; attempt++) {
			try {
				navigation.run();
				break;
			}
			catch (WebDriverException ex) {
				if (attempt >= 3 || !NavigationTolerantWait.isNavigating(ex)) {
					throw ex;
				}
			}
		}
		waitUntilIdle();
	}

	/** Waits until the page is loaded and Vaadin has no request in flight. */
	void waitUntilIdle() {
		String[] busy = { "" };
		waitSaying(() -> "Vaadin still busy: " + busy[0]).until(d -> (busy[0] = busy()).isEmpty());
	}

	private String busy() {
		return String.valueOf(((JavascriptExecutor) driver).executeScript(VAADIN_BUSY));
	}

	private void scrollIntoView(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	/** A wait of its own (the shared {@link #wait} keeps no message) that says what it waited for on timeout. */
	private WebDriverWait waitSaying(java.util.function.Supplier<String> message) {
		WebDriverWait own = new NavigationTolerantWait(driver, TIMEOUT);
		own.withMessage(message);
		return own;
	}

	/** Waits until Vaadin is idle and the element shows, and returns it. */
	WebElement waitFor(By locator) {
		String[] why = { "" };
		return waitSaying(() -> locator + " to show; last seen: " + why[0]).until(d -> {
			why[0] = busy();
			if (!why[0].isEmpty()) {
				return null;
			}
			why[0] = "not found";
			WebElement element = d.findElement(locator);
			if (element.isDisplayed()) {
				return element;
			}
			// perhaps only scrolled out of AppLayout's content area (see click): as a person would, scroll to it
			why[0] = "not displayed";
			scrollIntoView(element);
			return null;
		});
	}

	/**
	 * Clicks like a person who scrolled to the element first (AppLayout scrolls its own content area), once it shows,
	 * is enabled and nothing covers it; then waits until Vaadin has answered the click.
	 */
	void click(By locator) {
		click(d -> d.findElement(locator));
	}

	/**
	 * Clicks the element {@code find} looks up (asked again on every try, as Vaadin may replace it), the way
	 * {@link #click(By)} does.
	 */
	void click(java.util.function.Function<WebDriver, WebElement> find) {
		String[] why = { "" };
		waitSaying(() -> "an element to click; last seen: " + why[0]).until(d -> {
			why[0] = busy();
			if (!why[0].isEmpty()) {
				return null;
			}
			why[0] = "not found";
			WebElement element = find.apply(d);
			// first, as AppLayout keeps the previous page's scroll position and Selenium counts an element scrolled
			// out of its content area as not displayed
			scrollIntoView(element);
			why[0] = element + (!element.isDisplayed() ? " not displayed" : !element.isEnabled() ? " not enabled"
					: element.getDomAttribute("disabled") != null ? " disabled" : "");
			if (!why[0].equals(element.toString())) {
				return null;
			}
			try {
				element.click();
			}
			catch (ElementNotInteractableException | StaleElementReferenceException notClicked) {
				// covered (ElementClickInterceptedException), hidden or replaced: the browser did not take the click
				why[0] = notClicked.getMessage().lines().findFirst().orElse("");
				return null;
			}
			catch (WebDriverException ex) {
				if (!NavigationTolerantWait.isNavigating(ex)) {
					throw ex;
				}
				// the click started a navigation: it was taken, and must not be repeated
			}
			return true;
		});
		waitUntilIdle();
	}

	/** Types into a Vaadin field's input, replacing its value, and checks the browser got every key. */
	void type(String cssOfField, String text) {
		By input = By.cssSelector(cssOfField + " input");
		for (int attempt = 1;; attempt++) {
			WebElement field = waitFor(input);
			try {
				field.clear();
				field.sendKeys(text);
				String typed = field.getDomProperty("value");
				if (text.equals(typed) || attempt >= 3) {
					break;
				}
			}
			catch (StaleElementReferenceException replaced) {
				if (attempt >= 3) {
					throw replaced;
				}
			}
		}
		waitUntilIdle();
	}

	void signIn(String email, String password) {
		open("login");
		type("vaadin-login-form vaadin-text-field", email);
		type("vaadin-login-form vaadin-password-field", password);
		click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
		waitFor(By.id("dashboard-greeting"));
	}

	/**
	 * Waits until the browser has finished saving a file whose name matches, and returns it. Chromium writes to a
	 * .crdownload file and may create the final name empty before it renames, so a file counts only when no
	 * partial download is left in the folder and its size is above zero and the same on two looks in a row.
	 */
	Path downloaded(Path downloads, String nameRegex) {
		long[] lastSize = { -1 };
		return new NavigationTolerantWait(driver, TIMEOUT)
			.withMessage(() -> "no complete download matching " + nameRegex + "; the folder holds " + list(downloads))
			.until(d -> {
				try (var files = Files.list(downloads)) {
					List<Path> all = files.toList();
					if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
						return null;
					}
					Path file = all.stream()
						.filter(f -> f.getFileName().toString().matches(nameRegex))
						.findFirst()
						.orElse(null);
					if (file == null) {
						return null;
					}
					long size = Files.size(file);
					boolean steady = size > 0 && size == lastSize[0];
					lastSize[0] = size;
					return steady ? file : null;
				}
				catch (IOException e) {
					return null;
				}
			});
	}

	private static List<String> list(Path folder) {
		try (var files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).toList();
		}
		catch (IOException e) {
			return List.of(e.toString());
		}
	}

	void resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	Path screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		return Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Runs a journey; when it fails, keeps in target/journey-failures/ what the browser showed (screenshot and
	 * page), its console and the server's log during the journey, and adds a summary of them to the failure so CI
	 * output alone explains it.
	 */
	void run(String name, Journey journey) throws Exception {
		try {
			journey.run();
		}
		catch (Exception | AssertionError ex) {
			ex.addSuppressed(JourneyFailure.record(name, this, serverLog.since(started)));
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
