package org.recourse.matching.hash;

/**
 * Torben Mogensen's median, which the reference uses: it narrows a [min, max] bracket by counting instead of sorting,
 * so it leaves the array as it is. For an even count it gives the lower of the two middle values.
 */
final class TorbenMedian {

    private TorbenMedian() {
    }

    static float of(float[] m, int n) {
        float min = m[0];
        float max = m[0];
        for (int i = 1; i < n; i++) {
            if (m[i] < min) {
                min = m[i];
            }
            if (m[i] > max) {
                max = m[i];
            }
        }
        int half = (n + 1) / 2;
        while (true) {
            float guess = (min + max) / 2;
            int less = 0;
            int greater = 0;
            int equal = 0;
            float maxBelow = min;
            float minAbove = max;
            for (int i = 0; i < n; i++) {
                if (m[i] < guess) {
                    less++;
                    if (m[i] > maxBelow) {
                        maxBelow = m[i];
                    }
                } else if (m[i] > guess) {
                    greater++;
                    if (m[i] < minAbove) {
                        minAbove = m[i];
                    }
                } else {
                    equal++;
                }
            }
            if (less <= half && greater <= half) {
                return less >= half ? maxBelow : less + equal >= half ? guess : minAbove;
            }
            if (less > greater) {
                max = maxBelow;
            } else {
                min = minAbove;
            }
        }
    }
}
