package org.htmacademy.journey;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a learner sees and does on the attempt page, read and done the way a person would. */
final class QuizInBrowser {

	private final BrowserJourney browser;

	QuizInBrowser(BrowserJourney browser) {
		this.browser = browser;
	}

	/**
	 * Enrols in the course, opens the quiz by its link text and starts an attempt.
	 * @return the attempt's code, from the page's address
	 */
	String enrolAndStart(String courseId, String quizLink) {
		browser.open("courses/" + courseId);
		browser.click(By.id("enrol"));
		browser.click(By.linkText(quizLink));
		browser.click(By.id("start-attempt"));
		browser.wait.until(ExpectedConditions.urlMatches("/attempts/[0-9a-z]{26}$"));
		return browser.driver.getCurrentUrl().replaceAll(".*/attempts/", "");
	}

	WebElement panel() {
		return browser.waitFor(By.cssSelector(".question-stage .question-panel"));
	}

	String heading() {
		return panel().findElement(By.tagName("h2")).getText();
	}

	String questionText() {
		return panel().findElement(By.cssSelector(".question-text")).getText();
	}

	/**
	 * Opens question {@code slot} with the navigator and waits until it shows and focus has moved to its heading
	 * (which would otherwise take the focus from whatever the test does next).
	 */
	void goTo(int slot) {
		browser.click(By.id("go-to-question-" + slot));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector(".question-stage .question-panel h2"), "Question " + slot + " of"));
		browser.wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
				"return document.activeElement === document.querySelector('.question-stage .question-panel h2')")));
	}

	/** The texts of the choices, items or answer options shown, in order: what must look the same on resuming. */
	List<String> shownTexts() {
		return panel().findElements(By.cssSelector(".choice-text, .matching-item, vaadin-radio-button"))
			.stream()
			.map(element -> element.getDomProperty("textContent").strip())
			.toList();
	}

	void waitUntilSaved() {
		browser.wait.until(driver -> {
			String status = panel().findElement(By.cssSelector(".save-status")).getText();
			if (status.startsWith("Not saved")) {
				throw new AssertionError(status);
			}
			return status.equals("Saved");
		});
	}

	/** The kind of question shown, from its text's marker (MarkedQuizCourse). */
	String kind() {
		String text = questionText();
		for (String kind : List.of("SINGLE", "MULTIPLE", "TRUEFALSE", "SHORT", "NUMBER", "MATCH")) {
			if (text.contains("QTEXT" + kind + " ")) {
				return kind;
			}
		}
		throw new AssertionError("unknown question: " + text);
	}

	/** What the learner's answer looks like on screen: checked boxes, typed text, chosen options. */
	String shownAnswer() {
		return (String) ((JavascriptExecutor) browser.driver).executeScript("""
				const panel = document.querySelector('.question-stage .question-panel');
				const checked = [...panel.querySelectorAll('vaadin-radio-button, vaadin-checkbox')]
					.filter(box => box.checked).map(box => box.textContent.trim());
				const typed = [...panel.querySelectorAll('vaadin-text-field')].map(field => field.value);
				const chosen = [...panel.querySelectorAll('vaadin-select')].map(select => select.value || '-');
				return JSON.stringify({checked, typed, chosen});
				""");
	}

	/** Answers the question shown with the mouse and typing; never with a right answer's secret words. */
	void answerWithMouse() {
		switch (kind()) {
			case "SINGLE", "TRUEFALSE" -> clickAt("vaadin-radio-button", 1);
			case "MULTIPLE" -> {
				clickAt("vaadin-checkbox", 0);
				waitUntilSaved();
				clickAt("vaadin-checkbox", 2);
			}
			case "SHORT" -> typeAndLeave("copper");
			case "NUMBER" -> typeAndLeave("12,5");
			case "MATCH" -> chooseWithKeys(panel().findElements(By.cssSelector("vaadin-select")).get(0), 2);
			default -> throw new AssertionError();
		}
		waitUntilSaved();
	}

	/** Taps the text of the {@code index}th radio button or check box, as a person would. */
	private void clickAt(String box, int index) {
		browser.click(driver -> {
			List<WebElement> boxes = panel().findElements(By.cssSelector(box));
			if (boxes.size() <= index) {
				throw new NoSuchElementException("no " + box + " number " + (index + 1) + " yet");
			}
			return boxes.get(index).findElement(By.cssSelector("label"));
		});
	}

	private void typeAndLeave(String text) {
		browser.click(driver -> panel().findElement(By.cssSelector("vaadin-text-field input")));
		WebElement input = panel().findElement(By.cssSelector("vaadin-text-field input"));
		input.sendKeys(text);
		input.sendKeys(Keys.TAB);
	}

	/** Opens a select with the keyboard and picks the option {@code downs} steps down the list. */
	void chooseWithKeys(WebElement select, int downs) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", select);
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		browser.wait.until(driver -> opened(select));
		Actions steps = new Actions(browser.driver);
		for (int i = 0; i < downs; i++) {
			steps.sendKeys(Keys.ARROW_DOWN);
		}
		steps.sendKeys(Keys.ENTER).perform();
		browser.wait.until(driver -> !opened(select));
	}

	private boolean opened(WebElement select) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript("return arguments[0].opened", select));
	}

}
