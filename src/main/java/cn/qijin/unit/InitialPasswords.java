package cn.qijin.unit;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Initial and reset passwords for unit accounts: 10 characters from letters and digits that cannot be misread
 * when read out or copied by hand (no 0/O, 1/l/I), with at least one letter and one digit.
 */
@Component
class InitialPasswords {

  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String ALL = LETTERS + DIGITS;
  static final int LENGTH = 10;

  private final SecureRandom random = new SecureRandom();

  String next() {
    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = ALL.charAt(random.nextInt(ALL.length()));
    }
    password[random.nextInt(LENGTH / 2)] = LETTERS.charAt(random.nextInt(LETTERS.length()));
    password[LENGTH / 2 + random.nextInt(LENGTH / 2)] = DIGITS.charAt(random.nextInt(DIGITS.length()));
    return new String(password);
  }
}
