package org.htmacademy.quiz;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the job that submits attempts whose time ran out. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QuizConfiguration {

}
