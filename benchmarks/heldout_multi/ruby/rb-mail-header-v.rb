require 'sinatra'
require 'net/smtp'

post '/feedback' do
  message = "From: web@example.com\r\nTo: support@example.com\r\nSubject: #{params['subject']}\r\n\r\n#{params['body']}"
  Net::SMTP.start('localhost', 25) { |smtp| smtp.send_message(message, 'web@example.com', 'support@example.com') }
  'thanks'
end
