package org.compacts.devstack;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MailCatcherTest {

	@TempDir
	Path logs;

	@Test
	void everyMessageIsWrittenOnceThoughAnEarlierMailboxGetsASecond() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Path mailLog = logs.resolve("mail.log");
		ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		try (MailCatcher catcher = MailCatcher.start(port, mailLog)) {
			GreenMailUtil.sendTextEmail("a@example.org", "compacts@example.org", "First for A", "link 1", smtp);
			GreenMailUtil.sendTextEmail("b@example.org", "compacts@example.org", "For B", "link 2", smtp);
			catcher.report(mailLog);
			GreenMailUtil.sendTextEmail("a@example.org", "compacts@example.org", "Second for A", "link 3", smtp);
			catcher.report(mailLog);
			catcher.report(mailLog);
		}

		String written = Files.readString(mailLog);
		assertThat(Pattern.compile("^=== to ", Pattern.MULTILINE).matcher(written).results().count()).isEqualTo(3);
		assertThat(written).containsOnlyOnce("First for A")
			.containsOnlyOnce("For B")
			.containsOnlyOnce("Second for A")
			.containsOnlyOnce("link 3");
		assertThat(written.indexOf("Second for A")).isGreaterThan(written.indexOf("For B"));
	}

}
