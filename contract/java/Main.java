import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceregistry.client.ApiClient;
import org.allianceregistry.client.ApiException;
import org.allianceregistry.client.api.AlliancesApi;
import org.allianceregistry.client.api.ChairmanshipsApi;
import org.allianceregistry.client.api.MembershipsApi;
import org.allianceregistry.client.api.StatesApi;
import org.allianceregistry.client.model.ChairmanshipPage;
import org.allianceregistry.client.model.MemberOnDateResponse;
import org.allianceregistry.client.model.MemberStateResponse;
import org.allianceregistry.client.model.PagedModelMemberOnDateResponse;
import org.allianceregistry.client.model.ProblemDetail;

/**
 * The four reads of issue 14 through the Java client openapi-generator 7.25.0 (java, native) made from the served
 * description, without edits. Usage: java Main BASE_URL. Exits 1 on the first read that fails.
 *
 * The class and method names below are the generator's names for today's operation ids and schemas (members_1 →
 * listMembersOnDate, getState, ProblemDetail): when the description renames them, this file follows.
 */
public final class Main {

	private static final List<String> failures = new ArrayList<>();

	private static int checks;

	public static void main(String[] args) throws Exception {
		ApiClient client = new ApiClient();
		client.updateBaseUri(args.length > 0 ? args[0] : "http://localhost:8080");

		check("CSTO members on 2013-01-01", () -> {
			PagedModelMemberOnDateResponse page = new MembershipsApi(client).listMembersOnDate("csto", LocalDate.of(2013, 1, 1),
					0, 50, null);
			List<String> iso3 = page.getContent().stream().map(MemberOnDateResponse::getIso3).sorted().toList();
			// Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan; Uzbekistan suspended since 2012-12-19.
			expect(iso3.containsAll(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")), "members " + iso3);
			return iso3.size() + " members " + iso3;
		});
		check("CSTO chairmanship schedule", () -> {
			ChairmanshipPage schedule = new ChairmanshipsApi(client).getChairmanshipSchedule("csto", 2020, 2030, null, null,
					"json", null, null);
			expect(!schedule.getContent().isEmpty(), "an empty schedule");
			expect(schedule.getContent().stream().allMatch(t -> t.getChairYear() != null && t.getIso3() != null),
					"a term without chairYear or iso3");
			return schedule.getContent().size() + " terms, first " + schedule.getContent().get(0).getChairYear() + " "
					+ schedule.getContent().get(0).getIso3();
		});
		check("who chaired the CSTO on 2016-06-01", () -> {
			ChairmanshipPage onDay = new ChairmanshipsApi(client).getChairmanshipSchedule("csto", null, null,
					java.time.LocalDate.parse("2016-06-01"), null, "json", null, null);
			expect(onDay.getContent().size() == 1, onDay.getContent().size() + " chairs");
			expect("ARM".equals(onDay.getContent().get(0).getIso3()), "not Armenia: " + onDay.getContent().get(0).getIso3());
			return onDay.getContent().get(0).getIso3() + " " + onDay.getContent().get(0).getMatch();
		});
		check("state ARM in Arabic", () -> {
			MemberStateResponse state = new StatesApi(client).getState("arm", Map.of("Accept-Language", "ar"));
			String name = String.valueOf(state.getName());
			expect(name.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
					"name not in Arabic: " + name);
			return state.getIso3() + " " + name;
		});
		check("typed 404 problem for an unknown alliance", () -> {
			try {
				new AlliancesApi(client).getAlliance("unknown");
			}
			catch (ApiException ex) {
				expect(ex.getCode() == 404, "status " + ex.getCode());
				ProblemDetail problem = client.getObjectMapper().readValue(ex.getResponseBody(), ProblemDetail.class);
				expect(problem.getStatus() != null && problem.getStatus() == 404, "problem status " + problem.getStatus());
				expect(String.valueOf(problem.getType()).endsWith(":alliance-not-found"), "problem type " + problem.getType());
				return problem.getType() + " (" + problem.getTitle() + ")";
			}
			throw new AssertionError("no exception: the unknown alliance answered 2xx");
		});

		if (!failures.isEmpty()) {
			System.out.println("java-client: " + failures.size() + " of " + checks + " reads failed");
			System.exit(1);
		}
		System.out.println("java-client: " + checks + " of " + checks + " reads passed");
	}

	private interface Read {

		String run() throws Exception;

	}

	private static void check(String name, Read read) {
		checks++;
		try {
			System.out.println("ok   " + name + ": " + read.run());
		}
		catch (Throwable ex) {
			failures.add(name);
			String detail = (ex instanceof ApiException api) ? "HTTP " + api.getCode() + " " + api.getResponseBody()
					: ex.toString();
			System.out.println("FAIL " + name + ": " + detail);
		}
	}

	private static void expect(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

}
