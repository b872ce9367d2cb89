package org.recourse.matching.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every canonical phrase of every term rule in one trie, so that a text is read once however many terms there are. An
 * edge is a letter or a word break; a node where a phrase ends lists the rules it belongs to. A phrase that ends in a
 * letter other than {@code s} or {@code x} also ends after one more {@code s}, so a term catches its plural ("sluts",
 * "salopes") as it catches its other variants.
 */
final class TermTrie {

    private final Node root = new Node(Node.ROOT);
    private int size = 1;

    /** Adds every canonical phrase of {@code rule}. */
    void add(Rule rule) {
        for (String phrase : rule.termVariants()) {
            Node node = root;
            for (int i = 0; i < phrase.length(); i++) {
                node = phrase.charAt(i) == ' ' ? node.breakChild() : node.letterChild(phrase.charAt(i));
            }
            end(node, rule);
            char last = phrase.isEmpty() ? ' ' : phrase.charAt(phrase.length() - 1);
            if (last != ' ' && last != 's' && last != 'x') {
                end(node.letterChild('s'), rule);
            }
        }
    }

    private static void end(Node node, Rule rule) {
        if (!node.rules.contains(rule)) {
            node.rules.add(rule);
        }
    }

    Node root() {
        return root;
    }

    /** How many nodes the trie has, the root included. */
    int size() {
        return size;
    }

    /** A state of the matcher: after a letter, after a word break, or at the start. */
    final class Node {

        static final char ROOT = '\0';
        static final char BREAK = ' ';

        /** The letter of the edge into this node, or {@link #BREAK}, or {@link #ROOT}. */
        final char letter;
        final List<Rule> rules = new ArrayList<>(1);
        private final Map<Character, Node> letters = new HashMap<>(4);
        private Node afterBreak;

        private Node(char letter) {
            this.letter = letter;
        }

        private Node letterChild(char c) {
            return letters.computeIfAbsent(c, key -> {
                size++;
                return new Node(key);
            });
        }

        private Node breakChild() {
            if (afterBreak == null) {
                size++;
                afterBreak = new Node(BREAK);
            }
            return afterBreak;
        }

        /** The node after letter {@code c}, or null. */
        Node next(char c) {
            return letters.get(c);
        }

        /** The node after a word break, or null. */
        Node afterBreak() {
            return afterBreak;
        }

        boolean isLetter() {
            return letter != ROOT && letter != BREAK;
        }

        boolean isBreak() {
            return letter == BREAK;
        }
    }
}
