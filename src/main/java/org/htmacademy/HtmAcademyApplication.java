package org.htmacademy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HtmAcademyApplication {

	public static void main(String[] args) {
		SpringApplication.run(HtmAcademyApplication.class, args);
	}

}
