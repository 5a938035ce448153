package org.htmacademy.certificate;

/**
 * Check symbols of a Reed–Solomon code over GF(32): a code of data and m check symbols is valid when its syndromes
 * 1..m are all zero. One check symbol catches any single wrong symbol and any two symbols swapped; two catch any
 * two wrong symbols, so also every adjacent transposition, and stay reliable for codes up to 31 symbols long.
 */
final class CheckSymbols {

	private CheckSymbols() {
	}

	/** The data followed by {@code count} check symbols. */
	static int[] append(int[] data, int count) {
		int length = data.length + count;
		if (count < 1 || length > Gf32.ORDER) {
			throw new IllegalArgumentException("codes hold 1.." + Gf32.ORDER + " symbols with at least one check");
		}
		int[] code = java.util.Arrays.copyOf(data, length);
		// unknown check symbols x_i at positions p_i: Σ_i α^(j·p_i)·x_i = syndrome_j(data) for j = 1..count
		int[][] matrix = new int[count][count + 1];
		for (int j = 1; j <= count; j++) {
			for (int i = 0; i < count; i++) {
				matrix[j - 1][i] = Gf32.power(j * (data.length + i));
			}
			matrix[j - 1][count] = Gf32.syndrome(data, j);
		}
		int[] checks = solve(matrix);
		System.arraycopy(checks, 0, code, data.length, count);
		return code;
	}

	static boolean valid(int[] code, int count) {
		for (int j = 1; j <= count; j++) {
			if (Gf32.syndrome(code, j) != 0) {
				return false;
			}
		}
		return true;
	}

	/** Gauss–Jordan elimination; the Vandermonde-like matrix of distinct powers is never singular. */
	private static int[] solve(int[][] m) {
		int n = m.length;
		for (int col = 0; col < n; col++) {
			int pivot = col;
			while (m[pivot][col] == 0) {
				pivot++;
			}
			int[] swap = m[col];
			m[col] = m[pivot];
			m[pivot] = swap;
			int inverse = Gf32.divide(1, m[col][col]);
			for (int c = col; c <= n; c++) {
				m[col][c] = Gf32.multiply(m[col][c], inverse);
			}
			for (int row = 0; row < n; row++) {
				int factor = m[row][col];
				if (row != col && factor != 0) {
					for (int c = col; c <= n; c++) {
						m[row][c] = Gf32.add(m[row][c], Gf32.multiply(factor, m[col][c]));
					}
				}
			}
		}
		int[] solution = new int[n];
		for (int row = 0; row < n; row++) {
			solution[row] = m[row][n];
		}
		return solution;
	}

}
