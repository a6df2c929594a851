package org.allianceregistry.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceregistry.alliance.AllianceResponse;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.alliance.AllianceSummaryResponse;
import org.allianceregistry.chairmanship.ChairmanshipResponse;
import org.allianceregistry.chairmanship.ChairmanshipSchedule;
import org.allianceregistry.chairmanship.NoCurrentChairException;
import org.allianceregistry.chairmanship.RotationScheduleService;
import org.allianceregistry.event.AllianceEventService;
import org.allianceregistry.event.EventQuery;
import org.allianceregistry.membership.MemberOnDateResponse;
import org.allianceregistry.membership.MembershipActService;
import org.allianceregistry.membership.MembershipResponse;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.RegistryException;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberStateService;
import org.allianceregistry.treaty.ProtocolQuery;
import org.allianceregistry.treaty.TreatyProtocolService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for people: home, an alliance, a state, the sources. Each reads what the API
 * resource it links to shows, through the same services, in the reader's language
 * ({@code Accept-Language}, or {@code lang} when switched on the page). A page answers
 * HTML for every outcome, its errors included; the API's problems are not for people.
 */
@Controller
class PageController {

    /** The alliance the registry holds in depth: the home page shows it. */
    static final String CSTO = "csto";

    /** Every record of a list on one page: the registry's lists are short. */
    private static final int ALL = 250;

    private final AllianceService alliances;

    private final MembershipService memberships;

    private final MembershipActService acts;

    private final RotationScheduleService chairs;

    private final TreatyProtocolService protocols;

    private final AllianceEventService events;

    private final SourceService sources;

    private final MemberStateService states;

    private final MessageSource messages;

    private final Clock clock;

    PageController(AllianceService alliances, MembershipService memberships, MembershipActService acts,
            RotationScheduleService chairs, TreatyProtocolService protocols, AllianceEventService events,
            SourceService sources, MemberStateService states, MessageSource messages, Clock clock) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.acts = acts;
        this.chairs = chairs;
        this.protocols = protocols;
        this.events = events;
        this.sources = sources;
        this.states = states;
        this.messages = messages;
        this.clock = clock;
    }

    /** What every page shows around its content: language, its switch, today. */
    @ModelAttribute
    void frame(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageLanguage lang = language();
        model.addAttribute("lang", lang);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("switches", LanguageSwitch.of(request, lang.language()));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, lang.tag());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @Nullable String asOf, Model model) {
        Language language = language().language();
        LocalDate day = day(asOf);
        model.addAttribute("asOf", day);
        model.addAttribute("alliances", alliances.list(PageRequest.of(0, ALL, Sort.by("code")), language).getContent());
        model.addAttribute("csto", alliances.get(CSTO, language));
        model.addAttribute("members", members(CSTO, day, language));
        model.addAttribute("chair", chairOn(CSTO, day, language));
        return "home";
    }

    @GetMapping("/alliances/{code}")
    String alliance(@PathVariable String code, @RequestParam(required = false) @Nullable String asOf, Model model) {
        PageLanguage lang = language();
        Language language = lang.language();
        LocalDate day = day(asOf);
        AllianceResponse alliance = alliances.get(code, language);
        List<MembershipResponse> history = memberships
            .history(code, null, PageRequest.of(0, ALL, Sort.by("startDate.date", "memberState.nameEn")), language)
            .getContent();
        ChairmanshipSchedule schedule = chairs.schedule(code, null, null, null, LocalDate.now(clock), language);
        model.addAttribute("asOf", day);
        model.addAttribute("alliance", alliance);
        model.addAttribute("members", members(code, day, language));
        model.addAttribute("chair", chairOn(code, day, language));
        model.addAttribute("history", history);
        model.addAttribute("acts",
                acts.list(code, Set.of(), PageRequest.of(0, ALL, Sort.by("effectiveDate")), language).getContent());
        model.addAttribute("schedule", schedule);
        model.addAttribute("protocols",
                protocols.list(code, ProtocolQuery.all(), PageRequest.of(0, ALL, Sort.by("signed.date")), language)
                    .getContent());
        model.addAttribute("events",
                events.list(code, EventQuery.all(), PageRequest.of(0, ALL, Sort.by("start.date")), language)
                    .getContent());
        Labels labels = new Labels(messages, lang);
        LocalDate end = alliance.dissolvedOn() != null ? alliance.dissolvedOn()
                : day.isAfter(LocalDate.now(clock)) ? day : LocalDate.now(clock);
        model.addAttribute("membershipTimeline",
                history.isEmpty() ? null : Timelines.membership(history, end, day, lang, labels));
        model.addAttribute("chairTimeline",
                schedule.entries().isEmpty() ? null : Timelines.chair(schedule.entries(), day, lang, labels));
        return "alliance";
    }

    @GetMapping("/states/{code}")
    String state(@PathVariable String code, Model model) {
        Language language = language().language();
        model.addAttribute("state", states.get(code, language));
        model.addAttribute("memberships",
                memberships.historyOfState(code, PageRequest.of(0, ALL, Sort.by("startDate.date")), language)
                    .getContent());
        return "state";
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", sources.list(PageRequest.of(0, 1000, Sort.by("code"))).getContent());
        return "sources";
    }

    /**
     * An unknown alliance, state or date on a page: an HTML page with the status, in the
     * reader's language.
     */
    @ExceptionHandler({ RegistryException.class, InvalidDayException.class })
    ModelAndView unknown(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        int status = exception instanceof RegistryException registry ? registry.type().status() : 400;
        PageLanguage lang = language();
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("lang", lang);
        page.addObject("status", status);
        page.addObject("switches", LanguageSwitch.of(request, lang.language()));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, lang.tag());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        return page;
    }

    private List<MemberOnDateResponse> members(String code, LocalDate day, Language language) {
        List<MemberOnDateResponse> members = new ArrayList<>(
                memberships.membersOn(code, day, PageRequest.of(0, ALL, Sort.by("memberState.nameEn")), language)
                    .getContent());
        Collator collator = Collator.getInstance(language.locale());
        members.sort(Comparator.comparing(MemberOnDateResponse::name, collator));
        return members;
    }

    private @Nullable ChairmanshipResponse chairOn(String code, LocalDate day, Language language) {
        try {
            return chairs.current(code, null, day, language).entries().get(0);
        }
        catch (NoCurrentChairException unknown) {
            return null;
        }
    }

    private LocalDate day(@Nullable String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate day = LocalDate.parse(asOf.trim());
            if (day.isBefore(LocalDate.parse(PlausibleDate.EARLIEST))
                    || day.isAfter(LocalDate.parse(PlausibleDate.LATEST))) {
                throw new InvalidDayException();
            }
            return day;
        }
        catch (DateTimeParseException unparseable) {
            throw new InvalidDayException();
        }
    }

    private static PageLanguage language() {
        return new PageLanguage(Language.of(LocaleContextHolder.getLocale()));
    }

    /** A date on a page that is not a day the registry can hold. */
    static final class InvalidDayException extends RuntimeException {

        InvalidDayException() {
            super("not a day", null, false, false);
        }

    }

    /** A link to this page in another language. */
    record LanguageSwitch(String code, String name, String href, boolean current) {

        private static final Map<Language, String> NAMES = new LinkedHashMap<>();

        static {
            NAMES.put(Language.EN, "English");
            NAMES.put(Language.RU, "Русский");
            NAMES.put(Language.AR, "العربية");
        }

        static List<LanguageSwitch> of(HttpServletRequest request, Language current) {
            String asOf = request.getParameter("asOf");
            // Only a well-formed day is carried over; anything else would only fail
            // again.
            String query = asOf != null && asOf.matches("\\d{4}-\\d{2}-\\d{2}") ? "&asOf=" + asOf : "";
            String path = request.getRequestURI().substring(request.getContextPath().length());
            List<LanguageSwitch> switches = new ArrayList<>();
            NAMES.forEach((language, name) -> {
                String code = language.name().toLowerCase(java.util.Locale.ROOT);
                switches.add(new LanguageSwitch(code, name, path + "?lang=" + code + query, language == current));
            });
            return switches;
        }

    }

}
