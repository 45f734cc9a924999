package org.klangru.analysis;

import java.text.CharacterIterator;

/** A CharacterIterator over the first {@code length} chars of an array, for ICU's BreakIterator. */
final class CharArrayCharacterIterator implements CharacterIterator {
    private char[] text;
    private int length;
    private int index;

    CharArrayCharacterIterator reset(char[] text, int length) {
        this.text = text;
        this.length = length;
        this.index = 0;
        return this;
    }

    @Override
    public char first() {
        index = 0;
        return current();
    }

    @Override
    public char last() {
        index = length == 0 ? 0 : length - 1;
        return current();
    }

    @Override
    public char current() {
        return index >= 0 && index < length ? text[index] : DONE;
    }

    @Override
    public char next() {
        if (index < length) {
            index++;
        }
        return current();
    }

    @Override
    public char previous() {
        if (index == 0) {
            return DONE;
        }
        index--;
        return current();
    }

    @Override
    public char setIndex(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("index " + position + " outside 0.." + length);
        }
        index = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return 0;
    }

    @Override
    public int getEndIndex() {
        return length;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public Object clone() {
        CharArrayCharacterIterator copy = new CharArrayCharacterIterator();
        copy.text = text;
        copy.length = length;
        copy.index = index;
        return copy;
    }
}
