package dev.filmsearch.tools.generate.imdb;

import dev.filmsearch.tools.generate.Draws;
import java.util.SplittableRandom;

/**
 * What each generated person does, as a function of their number, so that a credit can ask for "a director" and
 * get someone whose name.basics row says director. Person {@code j} has the role of {@code j mod 20} (6 in 20
 * actors, 4 actresses, 2 directors, 2 writers, 2 producers, then one each for composer, cinematographer, editor
 * and the other crew). Within a role, low-numbered people are drawn most: they are the prolific ones.
 */
final class People {
    enum Role {
        ACTOR("actor"), ACTRESS("actress"), DIRECTOR("director"), WRITER("writer"), PRODUCER("producer"),
        COMPOSER("composer"), CINEMATOGRAPHER("cinematographer"), EDITOR("editor"), OTHER_CREW(null);

        final String text;

        Role(String text) {
            this.text = text;
        }
    }

    private static final int GROUP = 20;
    private static final Role[] ROLE_OF = {
        Role.ACTOR, Role.ACTOR, Role.ACTOR, Role.ACTOR, Role.ACTOR, Role.ACTOR,
        Role.ACTRESS, Role.ACTRESS, Role.ACTRESS, Role.ACTRESS,
        Role.DIRECTOR, Role.DIRECTOR, Role.WRITER, Role.WRITER, Role.PRODUCER, Role.PRODUCER,
        Role.COMPOSER, Role.CINEMATOGRAPHER, Role.EDITOR, Role.OTHER_CREW};
    private static final int[][] RESIDUES = new int[Role.values().length][];
    /** How strongly draws favour low numbers ({@link Draws#skewed}): the top 1% of a role get about 10% of credits. */
    private static final double SKEW = 2.0;

    static {
        for (Role role : Role.values()) {
            int n = 0;
            for (Role r : ROLE_OF) {
                n += r == role ? 1 : 0;
            }
            RESIDUES[role.ordinal()] = new int[n];
            int i = 0;
            for (int residue = 0; residue < GROUP; residue++) {
                if (ROLE_OF[residue] == role) {
                    RESIDUES[role.ordinal()][i++] = residue;
                }
            }
        }
    }

    private final long names;
    private final long groups;

    People(long names) {
        this.names = names;
        this.groups = (names + GROUP - 1) / GROUP;
    }

    long names() {
        return names;
    }

    static Role role(long j) {
        return ROLE_OF[(int) (j % GROUP)];
    }

    /** The other crew are production designers or casting directors, half each. */
    static String otherCrewCategory(long j) {
        return (j / GROUP) % 2 == 0 ? "production_designer" : "casting_director";
    }

    /** The category a person's credits of their own role have in title.principals. */
    static String category(long j) {
        Role role = role(j);
        return role == Role.OTHER_CREW ? otherCrewCategory(j) : role.text;
    }

    /** Whether person {@code j} is among the 1% most prolific of their role. */
    boolean prolific(long j) {
        return j / GROUP < Math.max(1, groups / 100);
    }

    /** A person of {@code role}; the most prolific are the low-numbered ones. */
    long pick(SplittableRandom random, Role role) {
        int[] residues = RESIDUES[role.ordinal()];
        int residue = residues[residues.length == 1 ? 0 : random.nextInt(residues.length)];
        long j = Draws.skewed(random, groups, SKEW) * GROUP + residue;
        while (j >= names && j >= GROUP) {
            j -= GROUP;
        }
        return j < names ? j : residue % names;
    }

    /** An actor or an actress (55 : 45). */
    long pickCast(SplittableRandom random) {
        return pick(random, random.nextInt(20) < 11 ? Role.ACTOR : Role.ACTRESS);
    }
}
