/** The shortest password any registration or reset accepts, on every path. */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * Passwords of the allowed length that lists of leaked passwords (and
 * Vietnamese habits: "matkhau", "vietnam") put at the top: guessed first.
 */
const COMMON = new Set([
  "1234567890",
  "0123456789",
  "12345678910",
  "0987654321",
  "1111111111",
  "1234512345",
  "1q2w3e4r5t",
  "qwertyuiop",
  "qwerty1234",
  "qwerty12345",
  "1qaz2wsx3edc",
  "asdfghjkl1",
  "zxcvbnm123",
  "password12",
  "password123",
  "password1!",
  "passw0rd12",
  "iloveyou12",
  "abc1234567",
  "abcdefghij",
  "a123456789",
  "123456789a",
  "123456789q",
  "matkhau123",
  "matkhau1234",
  "matkhaumoi",
  "vietnam123",
  "vietnam1234",
  "anhyeuem123",
  "emyeuanh123",
  "admin12345",
  "administrator",
  "welcome123",
  "letmein123",
  "changeme123",
  "sunshine12",
  "football12",
  "princess12",
  "baseball12",
  "trustno1234",
]);

/** Why a new password is refused, or null: shorter than PASSWORD_MIN_LENGTH, or a common one (any case, or one character repeated). */
export function passwordProblem(password: string): "too_short" | "common" | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too_short";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size === 1) return "common";
  return null;
}
