package org.compacts.compact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CompactServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CompactServiceApplication.class, args);
	}

}
