package org.htmacademy;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Styles are plain CSS served from frontend/styles: no Node build is ever needed. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "description", content = "HTM Academy: training and CE credit for biomedical equipment technicians and clinical engineers")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("HTM Academy");
		settings.addFavIcon("icon", "images/favicon.svg", "any");
	}

}
