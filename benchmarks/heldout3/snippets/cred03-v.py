import smtplib
from email.message import EmailMessage


def send_alert(to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "alerts@example.com", to, subject
    msg.set_content(body)
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@example.com", "alertsPass2023")
        smtp.send_message(msg)
