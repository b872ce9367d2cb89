package org.recourse.staff;

import java.time.Clock;
import java.time.Duration;
import org.recourse.platform.ratelimit.ClientAddress;
import org.recourse.platform.ratelimit.ClientCounts;
import org.recourse.platform.ratelimit.FailureThrottle;

/**
 * How failed sign-ins slow down the next attempts, per client (issue 11, finding 8). Three counts, each of them
 * keyed hashes that are forgotten with the window ({@link ClientCounts}), so no address and no typed name is kept:
 * <ul>
 * <li>a client on one account (the name as typed, whether or not such an account exists, so that the answers never
 * tell the two apart): three free failures, then each attempt waits twice as long as the one before;</li>
 * <li>a client over every name it tries: ten free failures, then the same, against one client spraying names;</li>
 * <li>an account over every client: once it has {@value #ACCOUNT_UNDER_ATTACK} failures in the window, every client
 * has only one free failure on it.</li>
 * </ul>
 *
 * <p>Why the account's own count never makes anybody wait: a count or a lock on the account (what there was before)
 * lets whoever knows a username keep its owner out, one wrong password each time the wait runs out. The trade-off is
 * that an attacker who spreads guesses over many addresses gets one free guess per address once the account is under
 * attack, so brute force of one account is bounded by the attacker's supply of addresses (IPv6 counts per /64), by the
 * cap on password checks at once ({@link SignInGuard}), and by the second factor: a guess must also carry the code of
 * the moment, and the answer never says which of the two was wrong. Slowing down clients without failures instead
 * would not bound an attacker with parallel connections (a pause adds latency, not a limit) and would need a queue
 * that the attacker could fill.
 */
public final class SignInThrottle {

    /** Failures a person may make on one account from one client before its attempts are slowed down. */
    static final int FREE_FAILURES = 3;
    /** Failures from one client over every name before its attempts are slowed down. */
    static final int FREE_FAILURES_ANY_NAME = 10;
    /** Failures of one account from every client in the window after which each client has only one free failure. */
    static final int ACCOUNT_UNDER_ATTACK = 10;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    /** The longest wait: a wait is served by holding the request, so it stays short (see {@link SignInGuard}). */
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** What the throttle knows instead of a name that cannot be any account's. */
    private static final String NOT_A_USERNAME = "\u0000not a username";

    private final FailureThrottle clientOnAccount;
    private final FailureThrottle clientOnAccountUnderAttack;
    private final FailureThrottle clientOnAnyName;
    private final ClientCounts accountFailures;

    /** @param maxClients the ceiling of each count (see {@link ClientCounts}): memory stays bounded under a flood */
    public SignInThrottle(Duration window, int maxClients, Clock clock) {
        clientOnAccount = new FailureThrottle(FREE_FAILURES, FIRST_DELAY, MAX_DELAY, window, maxClients, clock);
        clientOnAccountUnderAttack = new FailureThrottle(1, FIRST_DELAY, MAX_DELAY, window, maxClients, clock);
        clientOnAnyName = new FailureThrottle(FREE_FAILURES_ANY_NAME, FIRST_DELAY, MAX_DELAY, window, maxClients, clock);
        accountFailures = new ClientCounts(window, clock, maxClients);
    }

    /** How long this client's next attempt on this name must wait; zero for a client without (many) failures. */
    public Duration delayFor(ClientAddress client, String typedName) {
        String account = account(typedName);
        FailureThrottle onAccount = underAttack(account) ? clientOnAccountUnderAttack : clientOnAccount;
        Duration own = onAccount.delayFor(key(client, account));
        Duration anyName = clientOnAnyName.delayFor(client);
        return own.compareTo(anyName) >= 0 ? own : anyName;
    }

    /** Counts a failed attempt (wrong name, password or code) of this client on this name. */
    public void failed(ClientAddress client, String typedName) {
        String account = account(typedName);
        clientOnAccount.failed(key(client, account));
        clientOnAccountUnderAttack.failed(key(client, account));
        clientOnAnyName.failed(client);
        accountFailures.add(ClientAddress.anyClientAbout(account));
    }

    /** Whether this name has failed often enough in the window, from anywhere, that no client gets free failures. */
    public boolean underAttack(String typedName) {
        return accountFailures.count(ClientAddress.anyClientAbout(account(typedName))) >= ACCOUNT_UNDER_ATTACK;
    }

    public void forgetExpired() {
        clientOnAccount.forgetExpired();
        clientOnAccountUnderAttack.forgetExpired();
        clientOnAnyName.forgetExpired();
        accountFailures.forgetExpired();
    }

    /** The name as sign-in compares it: trimmed and in lower case. */
    public static String normalise(String typedName) {
        return typedName == null ? "" : typedName.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Names that cannot be a username share one count: they can never sign in, and their text is never kept. */
    private static String account(String typedName) {
        String name = normalise(typedName);
        return StaffAccount.USERNAME.matcher(name).matches() ? name : NOT_A_USERNAME;
    }

    private static ClientAddress key(ClientAddress client, String account) {
        return client.about(account);
    }
}
