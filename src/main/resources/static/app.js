// Cursusschrift: small progressive enhancements. Every page works without this file.
"use strict";

// A "Toon" button next to each password field, so a learner on a phone can check what they typed.
document.querySelectorAll('input[type="password"]').forEach(function (input) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "plain small reveal";
  button.textContent = "Toon wachtwoord";
  button.setAttribute("aria-controls", input.id);
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", function () {
    var show = input.type === "password";
    input.type = show ? "text" : "password";
    button.textContent = show ? "Verberg wachtwoord" : "Toon wachtwoord";
    button.setAttribute("aria-pressed", String(show));
  });
  input.insertAdjacentElement("afterend", button);
});
