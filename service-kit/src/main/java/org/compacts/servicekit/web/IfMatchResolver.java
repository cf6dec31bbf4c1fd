package org.compacts.servicekit.web;

import java.util.ArrayList;
import java.util.List;

import org.compacts.servicekit.refusal.ExpectedVersion;
import org.compacts.servicekit.refusal.Refusal;

import org.springframework.core.MethodParameter;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link ExpectedVersion} parameter from the request's
 * {@code If-Match}, parsed by Spring's {@link ETag#parse}: absent or blank is
 * {@link ExpectedVersion#notStated()}, {@code *} is {@link ExpectedVersion#any()}, and
 * each strong tag is a version. A weak tag names no version (RFC 9110 compares If-Match
 * strongly), so a header of weak tags only never matches: 412, as any other tag that is
 * not current. A value that is no ETag list, or a strong tag that is not a version
 * number, is 400.
 */
public final class IfMatchResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ExpectedVersion.class;
	}

	@Override
	public ExpectedVersion resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String[] values = request.getHeaderValues(HttpHeaders.IF_MATCH);
		return parse(values == null ? null : String.join(",", values));
	}

	/** The version a change expects from the value of an If-Match header. */
	public static ExpectedVersion parse(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return ExpectedVersion.notStated();
		}
		List<ETag> tags = ETag.parse(ifMatch);
		if (tags.isEmpty()) {
			throw notAnETag(ifMatch);
		}
		List<Long> versions = new ArrayList<>();
		for (ETag tag : tags) {
			if (tag.isWildcard()) {
				return ExpectedVersion.any();
			}
			if (tag.weak()) {
				continue;
			}
			try {
				versions.add(Long.parseLong(tag.tag()));
			}
			catch (NumberFormatException ex) {
				throw notAnETag(ifMatch);
			}
		}
		return ExpectedVersion.oneOf(versions);
	}

	private static Refusal notAnETag(String value) {
		return Refusal.invalid("If-Match must be an ETag this API answered with, or *.", "If-Match",
				"'" + value + "' is not an ETag of this API");
	}

}
