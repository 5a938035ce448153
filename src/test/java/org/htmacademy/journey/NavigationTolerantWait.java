package org.htmacademy.journey;

import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait whose condition may run while the browser is between two pages. Chromium's driver then answers a command
 * with "aborted by navigation" or "target navigated or closed" (seen on a busy machine right after a reload, issue
 * 20), and a script with "execution context was destroyed": all mean "not yet", so the condition is asked again.
 */
final class NavigationTolerantWait extends WebDriverWait {

	NavigationTolerantWait(WebDriver driver, Duration timeout) {
		// polled often: a journey waits hundreds of times, and half a second (Selenium's default) per wait adds minutes
		super(driver, timeout, Duration.ofMillis(100));
		ignoring(StaleElementReferenceException.class);
		ignoring(NoSuchElementException.class);
	}

	@Override
	public <V> V until(Function<? super WebDriver, ? extends V> condition) {
		return super.until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (WebDriverException ex) {
				if (isNavigating(ex)) {
					return null;
				}
				throw ex;
			}
		});
	}

	/** The errors a WebDriver command meets when a page is replaced while it runs. */
	static boolean isNavigating(WebDriverException ex) {
		String message = String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT);
		return message.contains("aborted by navigation") || message.contains("target navigated or closed")
				|| message.contains("execution context was destroyed")
				|| message.contains("cannot find context with specified id")
				|| message.contains("cannot determine loading status")
				|| message.contains("node with given id does not belong to the document");
	}

}
