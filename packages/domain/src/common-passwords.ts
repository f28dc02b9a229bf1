/**
 * Words and phrases that sit at the heart of the most common passwords. A password that is one of
 * these, with only digits, symbols, capitals or simple letter swaps around it, is refused.
 * Written for Mend from widely published password studies; extend freely (lower case, letters only).
 */
export const COMMON_PASSWORD_WORDS: readonly string[] = `
password passwort motdepasse contrasena senha wachtwoord passw pass word secret secreto
qwerty qwertz azerty qwertyuiop asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qwerasdf
iloveyou iloveu loveyou lovely loveme mylove lover love
letmein welcome welcomeback hello helloworld hithere trustno trustnoone
admin administrator root user guest login changeme default test testing tester
abc abcd abcde abcdef abcdefg abcdefgh abcdefghi abcdefghij
monkey dragon master shadow superman batman spiderman ironman pokemon pikachu naruto
football baseball basketball soccer hockey golf tennis cricket liverpool chelsea arsenal
princess sunshine starwars whatever freedom flower flowers summer winter autumn spring
michael jennifer jordan michelle daniel jessica ashley nicole charlie thomas robert
matthew andrew joshua hannah amanda samantha elizabeth william anthony christopher
computer internet google facebook instagram twitter youtube linkedin microsoft apple samsung
cheese chocolate cookie banana orange pepper ginger coffee
killer hunter ranger soldier warrior ninja pirate
purple yellow silver golden diamond rainbow
angel angels heaven blessed jesus christ faith
family forever together friends friend marriage married wedding husband wife
mustang ferrari porsche corvette harley yamaha
happy happiness smile sweet sweetie sweetheart honey baby babygirl babyboy
buster tigger bailey maggie molly sophie daisy lucky
matrix hacker access mypassword yourpassword nopassword newpassword
trustme forgive forgiveme sorry imsorry mend
`
  .split(/\s+/)
  .filter(Boolean);

/** Whole passwords of ten or more characters that top the published lists and fit no pattern above. */
export const COMMON_PASSWORDS: readonly string[] = `
1234567890 0987654321 1122334455 1234554321 1qaz2wsx3edc 1q2w3e4r5t 1q2w3e4r5t6y
zaq12wsx zaq1zaq1 qweasdzxc qweasd123 asd123456 zxc123456 123qweasd 1234qwer
a1b2c3d4e5 q1w2e3r4t5 q1w2e3r4t5y6 123456789a 12345678910 147258369 159753456
qwerty123456 12345qwert 123abc456 aa12345678 abc1234567 a123456789
`
  .split(/\s+/)
  .filter(Boolean);
