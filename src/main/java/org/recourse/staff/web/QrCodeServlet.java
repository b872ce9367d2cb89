package org.recourse.staff.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.Totp;

/**
 * The QR code of the signed-in person's pending second-factor secret, drawn here: the secret never leaves for an
 * outside QR service. Protected with the set-up pages (web.xml).
 */
@WebServlet(name = "enrolmentQrCode", urlPatterns = "/staff/setup/qr.png")
public class QrCodeServlet extends HttpServlet {

    @Inject
    RequestContext context;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String secret = session == null ? null : (String) session.getAttribute(SetupPage.PENDING_SECRET);
        Optional<String> signedIn = context.signedIn();
        if (secret == null || signedIn.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = Totp.uri("Recourse", signedIn.get(), secret);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            response.setContentType("image/png");
            response.setHeader("Cache-Control", "no-store");
            ImageIO.write(image, "png", response.getOutputStream());
        } catch (WriterException e) {
            throw new IOException("Could not draw the QR code", e);
        }
    }
}
