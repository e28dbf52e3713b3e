package org.satellite.platform.internal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.satellite.platform.Languages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and French everywhere: the browser's {@code Accept-Language} decides until the
 * person picks a language with the switch ({@code ?lang=fr}), which is then remembered in
 * a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("satellite-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(LanguageConfiguration::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLanguagesOnly(interceptor));
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		var requested = request.getLocales();
		while (requested.hasMoreElements()) {
			Locale locale = requested.nextElement();
			if (Languages.FRENCH.getLanguage().equals(locale.getLanguage())
					|| Languages.ENGLISH.getLanguage().equals(locale.getLanguage())) {
				return Languages.closestTo(locale);
			}
		}
		return Languages.ENGLISH;
	}

}
