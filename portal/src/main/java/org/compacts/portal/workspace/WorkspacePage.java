package org.compacts.portal.workspace;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of one compact's workspace, under {@code /t/{slug}/workspace}: its pages
 * get {@link Here} as {@code here} in their model, and only members of that compact (and
 * platform admins) reach them; anyone else gets 404, as if there were nothing there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WorkspacePage {

	/** The path every workspace page starts with; {@code slug} names the compact. */
	String PATH = "/t/{slug:[a-z][a-z0-9-]{1,62}}/workspace";

}
