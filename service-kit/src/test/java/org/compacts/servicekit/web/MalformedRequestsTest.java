package org.compacts.servicekit.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client can send that never reaches a controller, against a real Tomcat and
 * Spring Security's firewall, as every service runs them: each is a problem detail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/codes//funding", "/codes/../codes", "/codes/./funding", "/codes/%2e%2e/funding",
			"/codes;x=1", "/codes%2Ffunding", "/codes/%00", "/codes/%ff", "/error" })
	void isRefusedAsAProblemDetail(String path) throws IOException {
		String answer = send(path);

		assertThat(answer).as(answer).matches("(?s)HTTP/1\\.1 (400|404) .*");
		assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(answer)
			.contains("content-type: application/problem+json")
			.contains("x-content-type-options: nosniff");
		assertThat(answer).doesNotContain("<html", "codes controller");
	}

	private String send(String path) throws IOException {
		try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, SecurityAutoConfiguration.class,
			ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
			ServiceKitWebAutoConfiguration.class })
	static class Service {

		@Bean
		SecurityFilterChain open(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
		}

		@RestController
		static class Codes {

			@GetMapping({ "/codes", "/codes/**" })
			String codes() {
				return "codes controller";
			}

		}

	}

}
