package org.htmacademy.certificate;

/**
 * Arithmetic in GF(32), the field whose 32 elements are exactly the Crockford symbols. Check symbols computed here
 * are weighted sums with a distinct non-zero weight per position, which is what makes them catch every single
 * substitution and every transposition: the argument needs a field, and 32 symbols make one only this way (addition
 * is XOR, multiplication is modulo the primitive polynomial x⁵ + x² + 1).
 */
final class Gf32 {

	/** Distinct powers of the primitive element; a code may have at most this many symbols. */
	static final int ORDER = 31;

	private static final int POLYNOMIAL = 0b100101;

	private static final int[] EXP = new int[2 * ORDER];

	private static final int[] LOG = new int[32];

	static {
		int x = 1;
		for (int i = 0; i < ORDER; i++) {
			EXP[i] = x;
			EXP[i + ORDER] = x;
			LOG[x] = i;
			x <<= 1;
			if ((x & 0b100000) != 0) {
				x ^= POLYNOMIAL;
			}
		}
	}

	private Gf32() {
	}

	static int add(int a, int b) {
		return a ^ b;
	}

	static int multiply(int a, int b) {
		return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
	}

	static int divide(int a, int b) {
		if (b == 0) {
			throw new ArithmeticException("division by zero in GF(32)");
		}
		return a == 0 ? 0 : EXP[LOG[a] - LOG[b] + ORDER];
	}

	/** The primitive element raised to {@code exponent}, which may be any non-negative number. */
	static int power(int exponent) {
		return EXP[exponent % ORDER];
	}

	/** Σ αʲᵏ·symbolₖ over the symbols' positions k; zero for every j = 1..n in a valid code with n check symbols. */
	static int syndrome(int[] symbols, int j) {
		int sum = 0;
		for (int k = 0; k < symbols.length; k++) {
			sum = add(sum, multiply(power(j * k), symbols[k]));
		}
		return sum;
	}

}
